package dev.kehu.retention.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.config.Rows;
import dev.kehu.retention.domain.campaign.CampaignEvent.Member;
import dev.kehu.retention.domain.campaign.MemberDecider;
import dev.kehu.retention.domain.campaign.MemberStatus;
import dev.kehu.retention.domain.signal.ChurnRules;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** Reactivation campaigns with their members and results, from the read model (campaigns with Hibernate ORM with Panache; members and results in SQL). */
@ApplicationScoped
public class CampaignQueries {

    private static final Stats NO_MEMBERS = stats(0, 0, 0);

    private final Db db;
    private final ChurnRules rules;
    private final Clock clock;

    public CampaignQueries(Db db, ChurnRules rules, Clock clock) {
        this.db = db;
        this.rules = rules;
        this.clock = clock;
    }

    /** One member as of today. */
    public record MemberView(String clientId, String segment, MemberStatus status, Instant contactedAt,
                             LocalDate reactivatedOn) {
    }

    /** What the campaign achieved so far: rate = reactivated ÷ members. */
    public record Stats(long members, long contacted, long reactivated, BigDecimal rate) {
    }

    /** A campaign without its members (the list). */
    public record CampaignSummary(String campaignId, String name, List<String> segments, LocalDate startsOn,
                                  LocalDate endsOn, LocalDate watchUntil, String offer, String createdBy,
                                  Instant createdAt, Stats stats) {
    }

    /** A campaign with a page of its members ({@code stats.members} of them in all). */
    public record CampaignView(String campaignId, String name, List<String> segments, LocalDate startsOn,
                               LocalDate endsOn, LocalDate watchUntil, String offer, String createdBy,
                               Instant createdAt, Stats stats, List<MemberView> members) {
    }

    /**
     * A campaign with one page of its members (by client id) and the results over all of them; the
     * members are paged in SQL, so a large campaign is never loaded whole (docs/contract.md, paging).
     */
    public CampaignView campaign(String campaignId, PageRequest membersPage) {
        LocalDate today = rules.tradingDay(clock.instant());
        CampaignRecord c = CampaignRecord.<CampaignRecord>findByIdOptional(campaignId)
                .orElseThrow(() -> ProblemException.notFound("no reactivation campaign " + campaignId));
        return db.call(conn -> new CampaignView(c.campaignId, c.name, segments(c), c.startsOn, c.endsOn,
                c.watchUntil, c.offer, c.createdBy, c.createdAt,
                stats(conn, List.of(campaignId)).getOrDefault(campaignId, NO_MEMBERS),
                members(conn, c, today, membersPage)));
    }

    /** Campaigns, newest first, each with its results counted in SQL (no member is loaded). */
    public Page<CampaignSummary> campaigns(PageRequest page) {
        PanacheQuery<CampaignRecord> q = CampaignRecord.<CampaignRecord>findAll(
                Sort.descending("createdAt").and("campaignId"))
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        List<CampaignRecord> campaigns = q.list();
        Map<String, Stats> stats = campaigns.isEmpty() ? Map.of()
                : db.call(c -> stats(c, campaigns.stream().map(r -> r.campaignId).toList()));
        List<CampaignSummary> items = campaigns.stream().map(c -> new CampaignSummary(c.campaignId, c.name,
                segments(c), c.startsOn, c.endsOn, c.watchUntil, c.offer, c.createdBy, c.createdAt,
                stats.getOrDefault(c.campaignId, NO_MEMBERS))).toList();
        return new Page<>(items, page.page(), page.size(), q.count());
    }

    /** Whether the campaign has been started. */
    public boolean exists(String campaignId) {
        return CampaignRecord.findByIdOptional(campaignId).isPresent();
    }

    /** The clients in the segments now, fixed as a new campaign's members. */
    public List<Member> clientsIn(List<String> segments) {
        return ClientSegmentRecord.<ClientSegmentRecord>list("segment in ?1", Sort.by("clientId"), segments).stream()
                .map(r -> new Member(r.clientId, r.segment)).toList();
    }

    /** One page of a campaign's members, read through the member table's primary key in its order. */
    private static List<MemberView> members(Connection c, CampaignRecord campaign, LocalDate today,
                                            PageRequest page) throws SQLException {
        MemberDecider decider = new MemberDecider(campaign.startsOn, campaign.watchUntil);
        List<MemberView> members = new ArrayList<>();
        Rows.forEach(c, "select client_id, segment, status, contacted_at, reactivated_on "
                + "from retention_campaign_member where campaign_id = ? order by client_id limit ? offset ?",
                List.of(campaign.campaignId, page.size(), page.offset()), rs -> {
            OffsetDateTime contactedAt = rs.getObject(4, OffsetDateTime.class);
            // the watch ending is a matter of the day it is read
            MemberDecider.State s = decider.apply(new MemberDecider.State(
                    MemberStatus.valueOf(rs.getString(3)), contactedAt == null ? null : contactedAt.toInstant(),
                    rs.getObject(5, LocalDate.class)), new MemberDecider.Today(today));
            members.add(new MemberView(rs.getString(1), rs.getString(2), s.status(), s.contactedAt(),
                    s.reactivatedOn()));
        });
        return members;
    }

    /**
     * The results of each campaign, counted by PostgreSQL. They do not depend on the day they are read:
     * the end of a watch turns PENDING and CONTACTED members NOT_REACTIVATED, which neither makes a
     * member reactivated nor takes its contact away (MemberDecider).
     */
    private static Map<String, Stats> stats(Connection c, List<String> campaignIds) throws SQLException {
        Map<String, Stats> stats = new HashMap<>();
        Rows.forEach(c, "select campaign_id, count(*), count(contacted_at), "
                + "count(*) filter (where status = 'REACTIVATED') from retention_campaign_member "
                + "where campaign_id = any (?) group by campaign_id", List.of(campaignIds),
                rs -> stats.put(rs.getString(1), stats(rs.getLong(2), rs.getLong(3), rs.getLong(4))));
        return stats;
    }

    static Stats stats(long members, long contacted, long reactivated) {
        BigDecimal rate = members == 0 ? BigDecimal.ZERO.setScale(3)
                : BigDecimal.valueOf(reactivated).divide(BigDecimal.valueOf(members), 3, RoundingMode.HALF_UP);
        return new Stats(members, contacted, reactivated, rate);
    }

    private static List<String> segments(CampaignRecord c) {
        return Arrays.asList(c.segments.split(","));
    }
}
