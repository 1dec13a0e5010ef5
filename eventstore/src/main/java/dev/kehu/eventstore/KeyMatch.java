package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * A filter on one key column for a set of keys: {@code column = ?} for one key, {@code column = any(?)}
 * for several. PostgreSQL plans an array parameter afresh on every execution (it always estimates a
 * custom plan cheaper), which for the single key of a REST command cost more than the lookup itself.
 */
public final class KeyMatch {

    private KeyMatch() {
    }

    public static String on(String column, Collection<?> keys) {
        return column + (keys.size() == 1 ? " = ?" : " = any(?)");
    }

    /** Binds the keys at {@code index} as {@link #on} expects them; {@code sqlType} types the array. */
    public static void bind(Connection c, PreparedStatement ps, int index, String sqlType, Collection<?> keys)
            throws SQLException {
        if (keys.size() == 1) {
            ps.setObject(index, keys.iterator().next());
        } else {
            ps.setArray(index, c.createArrayOf(sqlType, keys.toArray()));
        }
    }
}
