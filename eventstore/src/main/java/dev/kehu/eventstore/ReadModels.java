package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Compares read models: every row of a projection's tables as text, in a stable order. */
public final class ReadModels {

    private ReadModels() {
    }

    public static List<String> snapshot(Connection c, Projection p) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : p.tables()) {
            if (!table.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain table name: " + table);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select '" + table + "' || ':' || t::text from " + table
                         + " t order by 1")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }
}
