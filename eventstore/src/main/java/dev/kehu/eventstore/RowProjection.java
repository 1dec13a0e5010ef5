package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The read model of one event type that is a row per event (a history, a log of signals): an insert
 * per event, duplicates ignored, so applying an event twice or rebuilding gives the same rows. A
 * subclass names the table, the insert and how an event fills its parameters.
 *
 * @param <E> the event type the rows come from
 */
public abstract class RowProjection<E> extends TableProjection {

    /** Fills the insert's parameters from one stored event. */
    @FunctionalInterface
    public interface Binder<E> {
        void bind(PreparedStatement ps, StoredEvent stored, E event) throws SQLException;
    }

    private final Class<E> eventClass;
    private final String insert;
    private final Binder<E> binder;

    /**
     * @param insert an {@code insert into <table> ... on conflict do nothing} with one parameter per column
     */
    protected RowProjection(String name, Class<E> eventClass, String table, String insert, Binder<E> binder) {
        super(name, table, typesOf(eventClass));
        this.eventClass = eventClass;
        this.insert = insert;
        this.binder = binder;
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (StoredEvent s : events) {
                binder.bind(ps, s, s.as(eventClass));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
