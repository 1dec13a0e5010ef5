package dev.kehu.profiling.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.Projection;

/**
 * A projection of every event type of one aggregate (the types sharing {@code prefix}) into its own tables,
 * which a rebuild truncates. Subclasses only apply.
 */
public abstract class PrefixProjection implements Projection {

    protected final EventCodec codec;
    private final String name;
    private final String prefix;
    private final List<String> tables;

    protected PrefixProjection(EventCodec codec, String name, String prefix, String... tables) {
        this.codec = codec;
        this.name = name;
        this.prefix = prefix;
        this.tables = List.of(tables);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean handles(String eventType) {
        return eventType.startsWith(prefix);
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
