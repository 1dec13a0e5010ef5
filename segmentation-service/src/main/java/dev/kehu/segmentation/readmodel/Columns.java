package dev.kehu.segmentation.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows gathered column by column and written as one {@code unnest(?::type[], ...)} statement: the
 * same SQL text whatever the row count (parsed and planned once per connection), one round trip.
 * Values travel as text and PostgreSQL casts them to the column types the statement names.
 */
final class Columns {

    private final List<List<String>> columns = new ArrayList<>();

    Columns(int width) {
        for (int i = 0; i < width; i++) {
            columns.add(new ArrayList<>());
        }
    }

    void add(Object... row) {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            columns.get(i).add(v == null ? null : v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString());
        }
    }

    /** Runs the statement with one text array per column; does nothing without rows. */
    void execute(Connection c, String sql) throws SQLException {
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
