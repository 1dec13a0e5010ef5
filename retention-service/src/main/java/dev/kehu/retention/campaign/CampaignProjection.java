package dev.kehu.retention.campaign;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.retention.config.Rows;
import dev.kehu.retention.domain.campaign.CampaignEvent.CampaignStarted;
import dev.kehu.retention.domain.campaign.CampaignEvent.Member;
import dev.kehu.retention.domain.campaign.MemberDecider;
import dev.kehu.retention.domain.campaign.MemberStatus;
import dev.kehu.retention.domain.client.ClientEvent.ContactRecorded;
import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reactivation campaigns and their members: a started campaign inserts its members as PENDING; a
 * contact for the campaign and each segment change of a member's client move the member through
 * {@link MemberDecider}. Only events move a row, so a rebuild gives the same rows; that a watch has
 * ended (NOT_REACTIVATED) is applied when the campaign is read.
 */
@ApplicationScoped
public class CampaignProjection extends TableProjection {


    /** The statuses a contact or a segment change may still move a member out of. */
    private static final Set<MemberStatus> OPEN = Set.of(MemberStatus.PENDING, MemberStatus.CONTACTED);

    /** A member row with its campaign's window. */
    private record Row(String campaignId, MemberDecider decider, MemberDecider.State state) {
    }

    public CampaignProjection() {
        super("retention-campaigns", List.of("retention_campaign", "retention_campaign_member"),
                typesOf(CampaignStarted.class, ContactRecorded.class, SegmentObserved.class));
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        // the events between two campaign starts move members in memory, written once per run; a
        // start inserts its members before the events after it look for them
        int from = 0;
        for (int i = 0; i <= events.size(); i++) {
            if (i == events.size() || events.get(i).event() instanceof CampaignStarted) {
                move(c, events.subList(from, i));
                if (i < events.size()) {
                    start(c, (CampaignStarted) events.get(i).event());
                }
                from = i + 1;
            }
        }
    }

    /** Moves the open memberships of the events' clients through the contacts and segment changes. */
    private static void move(Connection c, List<StoredEvent> events) throws SQLException {
        Set<String> clients = new LinkedHashSet<>();
        for (StoredEvent e : events) {
            if (e.event() instanceof ContactRecorded k && k.campaignId() != null) {
                clients.add(k.clientId());
            } else if (e.event() instanceof SegmentObserved o) {
                clients.add(o.clientId());
            }
        }
        if (clients.isEmpty()) {
            return;
        }
        Map<String, List<Row>> loaded = members(c, clients);
        Map<String, List<Row>> now = new HashMap<>();
        loaded.forEach((client, rows) -> now.put(client, new ArrayList<>(rows)));
        for (StoredEvent e : events) {
            if (e.event() instanceof ContactRecorded k && k.campaignId() != null) {
                move(now.get(k.clientId()), k.campaignId(), new MemberDecider.Contact(k.occurredAt()));
            } else if (e.event() instanceof SegmentObserved o) {
                move(now.get(o.clientId()), null, new MemberDecider.SegmentChange(o.activity().name(), o.asOf()));
            }
        }
        Columns changed = new Columns(5);
        for (Map.Entry<String, List<Row>> client : now.entrySet()) {
            List<Row> before = loaded.get(client.getKey());
            for (int i = 0; i < before.size(); i++) {
                MemberDecider.State after = client.getValue().get(i).state();
                if (!after.equals(before.get(i).state())) {
                    changed.add(before.get(i).campaignId(), client.getKey(), after.status().name(), after.contactedAt(),
                            after.reactivatedOn());
                }
            }
        }
        changed.execute(c, "update retention_campaign_member m set status = u.status, contacted_at = u.contacted_at, "
                + "reactivated_on = u.reactivated_on from unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], "
                + "?::date[]) u(campaign_id, client_id, status, contacted_at, reactivated_on) "
                + "where m.campaign_id = u.campaign_id and m.client_id = u.client_id");
    }

    /** Applies the command to the client's memberships still open (of one campaign, or all when null). */
    private static void move(List<Row> rows, String campaignId, MemberDecider.Command command) {
        if (rows == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (OPEN.contains(r.state().status()) && (campaignId == null || campaignId.equals(r.campaignId()))) {
                MemberDecider.State after = r.decider().apply(r.state(), command);
                // as the table gives it back
                rows.set(i, new Row(r.campaignId(), r.decider(), new MemberDecider.State(after.status(),
                        Columns.stored(after.contactedAt()), after.reactivatedOn())));
            }
        }
    }

    private static void start(Connection c, CampaignStarted s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into retention_campaign (campaign_id, name, segments, "
                + "starts_on, ends_on, watch_until, offer, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (campaign_id) do nothing")) {
            ps.setString(1, s.campaignId());
            ps.setString(2, s.name());
            ps.setString(3, String.join(",", s.segments()));
            ps.setDate(4, Date.valueOf(s.startsOn()));
            ps.setDate(5, Date.valueOf(s.endsOn()));
            ps.setDate(6, Date.valueOf(s.watchUntil()));
            ps.setString(7, s.offer());
            ps.setString(8, s.createdBy());
            ps.setTimestamp(9, Timestamp.from(s.createdAt()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into retention_campaign_member (campaign_id, client_id, "
                + "segment, status) values (?, ?, ?, ?) on conflict do nothing")) {
            for (Member m : s.members()) {
                ps.setString(1, s.campaignId());
                ps.setString(2, m.clientId());
                ps.setString(3, m.segment());
                ps.setString(4, MemberStatus.PENDING.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The clients' memberships still open, by client. */
    private static Map<String, List<Row>> members(Connection c, Set<String> clients) throws SQLException {
        Map<String, List<Row>> rows = new HashMap<>();
        Rows.forEach(c, "select m.client_id, m.campaign_id, c.starts_on, c.watch_until, m.status, m.contacted_at, "
                + "m.reactivated_on from retention_campaign_member m join retention_campaign c using (campaign_id) "
                + "where m.client_id = any(?) and m.status in ('PENDING', 'CONTACTED')", List.of(clients), rs -> {
            Timestamp contacted = rs.getTimestamp(6);
            Date reactivated = rs.getDate(7);
            rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Row(rs.getString(2),
                    new MemberDecider(rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()),
                    new MemberDecider.State(MemberStatus.valueOf(rs.getString(5)),
                            contacted == null ? null : contacted.toInstant(),
                            reactivated == null ? null : reactivated.toLocalDate())));
        });
        return rows;
    }
}
