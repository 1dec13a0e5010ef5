package dev.kehu.retention.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Reads rows over plain JDBC for the projections and the queries that stay off Panache
 * (docs/architecture.md, "Where JDBC stays"). A collection parameter is bound as a {@code text[]} for
 * {@code = any(?)}: the clients of a batch or of a book are read in one statement, not one per client.
 */
public final class Rows {

    /** What to do with the current row. */
    @FunctionalInterface
    public interface Reader {
        void read(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    /** Runs {@code sql} with {@code params} bound in order and hands each row to {@code reader}. */
    public static void forEach(Connection c, String sql, List<?> params, Reader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** The number a {@code select count(*)} answers: a page's total. */
    public static long count(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(Connection c, PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i) instanceof Collection<?> keys) {
                ps.setArray(i + 1, c.createArrayOf("text", keys.toArray()));
            } else {
                ps.setObject(i + 1, params.get(i));
            }
        }
    }
}
