package dev.kehu.retention.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.kehu.eventstore.Projection;

/** A read model kept in one table of its own, updated in place: a rebuild starts from an empty table. */
abstract class TableProjection implements Projection {

    private final String name;
    private final String table;

    TableProjection(String name, String table) {
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
