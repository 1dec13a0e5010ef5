package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A read model kept in tables of its own: its name, the event types it reads, and a rebuild that starts
 * from empty tables.
 */
public abstract class TableProjection implements Projection {

    private final String name;
    private final List<String> tables;
    private final Predicate<String> handles;

    protected TableProjection(String name, String table, Predicate<String> handles) {
        this(name, List.of(table), handles);
    }

    protected TableProjection(String name, List<String> tables, Predicate<String> handles) {
        this.name = name;
        this.tables = List.copyOf(tables);
        this.handles = handles;
    }

    /** The types of these event records, by their {@link EventType} names. */
    protected static Predicate<String> typesOf(Class<?>... eventClasses) {
        Set<String> types = Stream.of(eventClasses).map(EventType.Of::name).collect(Collectors.toUnmodifiableSet());
        return types::contains;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean handles(String eventType) {
        return handles.test(eventType);
    }

    @Override
    public void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("truncate " + String.join(", ", tables));
        }
    }

    @Override
    public List<String> tables() {
        return tables;
    }
}
