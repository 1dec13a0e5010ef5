package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A read model kept in one table of its own: its name and table, and a rebuild that starts from an empty table. */
public abstract class TableProjection implements Projection {

    private final String name;
    private final String table;

    protected TableProjection(String name, String table) {
        this.name = name;
        this.table = table;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("truncate " + table);
        }
    }

    @Override
    public List<String> tables() {
        return List.of(table);
    }
}
