package dev.kehu.retention.query;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
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


    /** A member row with its campaign's window. */
    private record Row(String campaignId, MemberDecider decider, MemberDecider.State state) {
    }

    public CampaignProjection() {
        super("retention-campaigns", List.of("retention_campaign", "retention_campaign_member"),
                typesOf(CampaignStarted.class, ContactRecorded.class, SegmentObserved.class));
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        for (StoredEvent e : events) {
            if (e.event() instanceof CampaignStarted s) {
                start(c, s);
            } else if (e.event() instanceof ContactRecorded k && k.campaignId() != null) {
                for (Row r : members(c, k.clientId(), k.campaignId())) {
                    write(c, k.clientId(), r, new MemberDecider.Contact(k.occurredAt()));
                }
            } else if (e.event() instanceof SegmentObserved o) {
                for (Row r : members(c, o.clientId(), null)) {
                    write(c, o.clientId(), r, new MemberDecider.SegmentChange(o.activity().name(), o.asOf()));
                }
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

    /** The client's memberships still open (of one campaign, or of all when {@code campaignId} is null). */
    private static List<Row> members(Connection c, String clientId, String campaignId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select m.campaign_id, c.starts_on, c.watch_until, m.status, "
                + "m.contacted_at, m.reactivated_on from retention_campaign_member m join retention_campaign c "
                + "using (campaign_id) where m.client_id = ? and (?::text is null or m.campaign_id = ?) "
                + "and m.status in ('PENDING', 'CONTACTED') order by m.campaign_id")) {
            ps.setString(1, clientId);
            ps.setString(2, campaignId);
            ps.setString(3, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp contacted = rs.getTimestamp(5);
                    Date reactivated = rs.getDate(6);
                    rows.add(new Row(rs.getString(1), new MemberDecider(rs.getDate(2).toLocalDate(),
                            rs.getDate(3).toLocalDate()), new MemberDecider.State(MemberStatus.valueOf(rs.getString(4)),
                            contacted == null ? null : contacted.toInstant(),
                            reactivated == null ? null : reactivated.toLocalDate())));
                }
            }
        }
        return rows;
    }

    private static void write(Connection c, String clientId, Row r, MemberDecider.Command command)
            throws SQLException {
        MemberDecider.State after = r.decider().apply(r.state(), command);
        if (after.equals(r.state())) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("update retention_campaign_member set status = ?, "
                + "contacted_at = ?, reactivated_on = ? where campaign_id = ? and client_id = ?")) {
            ps.setString(1, after.status().name());
            ps.setTimestamp(2, after.contactedAt() == null ? null : Timestamp.from(after.contactedAt()));
            ps.setDate(3, after.reactivatedOn() == null ? null : Date.valueOf(after.reactivatedOn()));
            ps.setString(4, r.campaignId());
            ps.setString(5, clientId);
            ps.executeUpdate();
        }
    }
}
