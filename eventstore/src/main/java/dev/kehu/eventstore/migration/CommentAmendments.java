package dev.kehu.eventstore.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.jboss.logging.Logger;

/**
 * Lets a database migrated by an earlier Kehu start after a release changed the comments of a
 * migration it already ran: before Flyway validates (or migrates), the schema-history rows of the
 * listed migrations that still carry the listed old checksum get the new one. Nothing else is
 * touched, so any other difference between a script and what the database ran still fails
 * validation. The lists are the {@value #RESOURCE} files on the class path (one per module that
 * has amended a migration): lines of {@code version oldChecksum newChecksum script}, {@code #}
 * comments (docs/operations.md#upgrading-the-schema).
 */
public final class CommentAmendments implements Callback {

    public static final String RESOURCE = "db/comment-amendments.txt";
    private static final Logger LOG = Logger.getLogger(CommentAmendments.class);

    private final List<CommentAmendment> listed;

    public CommentAmendments(List<CommentAmendment> listed) {
        this.listed = List.copyOf(listed);
    }

    /** Every {@value #RESOURCE} the class loader sees; a malformed line stops the start, naming it. */
    public static CommentAmendments load(ClassLoader loader) {
        List<CommentAmendment> all = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(RESOURCE))) {
                try (InputStream in = url.openStream()) {
                    all.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
        return new CommentAmendments(all);
    }

    static List<CommentAmendment> parse(String text, String source) {
        List<CommentAmendment> parsed = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            String problem = source + " line " + (i + 1) + ": not 'version oldChecksum newChecksum script': " + line;
            if (fields.length != 4) {
                throw new IllegalStateException(problem);
            }
            try {
                parsed.add(new CommentAmendment(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                        fields[3]));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(problem, e);
            }
        }
        return parsed;
    }

    public List<CommentAmendment> listed() {
        return listed;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return !listed.isEmpty() && (event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE);
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = historyTable(context.getConfiguration());
        Connection c = context.getConnection();
        try {
            if (!exists(c, table)) {
                return; // a new database: every migration runs with its text as shipped
            }
            try (PreparedStatement update = c.prepareStatement(
                    "update " + table + " set checksum = ? where version = ? and checksum = ?")) {
                for (CommentAmendment a : listed) {
                    update.setInt(1, a.newChecksum());
                    update.setString(2, a.version());
                    update.setInt(3, a.oldChecksum());
                    if (update.executeUpdate() > 0) {
                        LOG.infof("Migration %s (%s) was changed in comments only: its recorded checksum %d is now %d",
                                a.version(), a.script(), a.oldChecksum(), a.newChecksum());
                    }
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("could not record the comment-only amendments in " + table, e);
        }
    }

    /** The schema-history table as Flyway names it: in the first configured schema, else the search path's. */
    private static String historyTable(Configuration configuration) {
        String table = quoted(configuration.getTable());
        String schema = configuration.getDefaultSchema();
        if (schema == null && configuration.getSchemas().length > 0) {
            schema = configuration.getSchemas()[0];
        }
        return schema == null ? table : quoted(schema) + "." + table;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "kehu-comment-amendments";
    }
}
