package dev.kehu.retention.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.retention.domain.client.ClientEvent;

/**
 * A read model that keeps a state per client and folds the client events into it: the states of a batch's
 * clients are read once, its events folded into them in order, and each state that changed written once, a
 * few statements whatever the number of events.
 *
 * @param <S> a client's state, compared with {@code equals}: a state an event leaves as it was is not written
 */
public abstract class ClientStateProjection<S> extends TableProjection {

    private final String select;

    /**
     * @param select the stored states of some clients: its one parameter the clients' ids as a text array
     *               ({@code client_id = any(?)}), its first column the client's id
     */
    protected ClientStateProjection(String name, List<String> tables, Predicate<String> handles, String select) {
        super(name, tables, handles);
        this.select = select;
    }

    /** The state of a client the table does not have yet. */
    protected abstract S empty(String clientId);

    /** The state in the current row of the select. */
    protected abstract S stored(ResultSet rs) throws SQLException;

    /** The state after {@code event}. */
    protected abstract S fold(S state, ClientEvent event);

    /** Writes the states that changed, by client. */
    protected abstract void write(Connection c, Map<String, S> changed) throws SQLException;

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        Map<String, S> states = read(c, events);
        Map<String, S> changed = new LinkedHashMap<>();
        for (StoredEvent e : events) {
            ClientEvent event = (ClientEvent) e.event();
            S before = states.get(event.clientId());
            S after = fold(before, event);
            if (!after.equals(before)) {
                states.put(event.clientId(), after);
                changed.put(event.clientId(), after);
            }
        }
        write(c, changed);
    }

    /** The states of the events' clients; an empty one for a client the table does not have yet. */
    private Map<String, S> read(Connection c, List<StoredEvent> events) throws SQLException {
        Map<String, S> states = new HashMap<>();
        for (StoredEvent e : events) {
            String clientId = ((ClientEvent) e.event()).clientId();
            states.putIfAbsent(clientId, empty(clientId));
        }
        Rows.forEach(c, select, List.of(states.keySet()), rs -> states.put(rs.getString(1), stored(rs)));
        return states;
    }
}
