package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows gathered column by column and written as one {@code unnest(?::type[], ...)} statement: the
 * same SQL text whatever the row count (parsed and planned once per connection), one round trip.
 * Values travel as text and PostgreSQL casts them to the column types the statement names. Shared by
 * the services' projections: a rebuild then costs a statement per table and page, not one per event.
 */
public final class Columns {

    private final List<List<String>> columns = new ArrayList<>();

    public Columns(int width) {
        for (int i = 0; i < width; i++) {
            columns.add(new ArrayList<>());
        }
    }

    public void add(Object... row) {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            columns.get(i).add(v == null ? null : v instanceof java.math.BigDecimal d ? d.toPlainString()
                    : v instanceof Instant t ? stored(t).toString() : v.toString());
        }
    }

    /**
     * An instant as a {@code timestamptz} column keeps it: to the microsecond, rounded half up as the
     * JDBC driver sends a {@code Timestamp}. A projection that folds several events of a row in memory
     * compares with this, so it decides as it did when it read the row back after every event.
     */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    /** Runs the statement with one text array per column; does nothing without rows. */
    public void execute(Connection c, String sql) throws SQLException {
        if (columns.get(0).isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                ps.setArray(i + 1, c.createArrayOf("text", columns.get(i).toArray()));
            }
            ps.executeUpdate();
        }
    }
}
