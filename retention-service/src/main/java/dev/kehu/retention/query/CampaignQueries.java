package dev.kehu.retention.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.retention.domain.campaign.CampaignEvent.Member;
import dev.kehu.retention.domain.campaign.MemberDecider;
import dev.kehu.retention.domain.campaign.MemberStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** Reactivation campaigns with their members and results, from the read model (Hibernate ORM with Panache). */
@ApplicationScoped
public class CampaignQueries {

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

    /** A campaign with its members. */
    public record CampaignView(String campaignId, String name, List<String> segments, LocalDate startsOn,
                               LocalDate endsOn, LocalDate watchUntil, String offer, String createdBy,
                               Instant createdAt, Stats stats, List<MemberView> members) {
    }

    public CampaignView campaign(String campaignId, LocalDate today) {
        CampaignRecord c = CampaignRecord.<CampaignRecord>findByIdOptional(campaignId)
                .orElseThrow(() -> ProblemException.notFound("no reactivation campaign " + campaignId));
        List<MemberView> members = members(c, today);
        return new CampaignView(c.campaignId, c.name, segments(c), c.startsOn, c.endsOn, c.watchUntil, c.offer,
                c.createdBy, c.createdAt, stats(members), members);
    }

    public Page<CampaignSummary> campaigns(PageRequest page, LocalDate today) {
        PanacheQuery<CampaignRecord> q = CampaignRecord.<CampaignRecord>findAll(
                Sort.descending("createdAt").and("campaignId"))
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        List<CampaignSummary> items = q.list().stream().map(c -> new CampaignSummary(c.campaignId, c.name,
                segments(c), c.startsOn, c.endsOn, c.watchUntil, c.offer, c.createdBy, c.createdAt,
                stats(members(c, today)))).toList();
        return new Page<>(items, page.page(), page.size(), q.count());
    }

    /** The clients in the segments now, fixed as a new campaign's members. */
    public List<Member> clientsIn(List<String> segments) {
        return ClientSegmentRecord.<ClientSegmentRecord>list("segment in ?1", Sort.by("clientId"), segments).stream()
                .map(r -> new Member(r.clientId, r.segment)).toList();
    }

    private static List<MemberView> members(CampaignRecord c, LocalDate today) {
        MemberDecider decider = new MemberDecider(c.startsOn, c.watchUntil);
        return CampaignMemberRecord.<CampaignMemberRecord>list("campaignId", Sort.by("clientId"), c.campaignId)
                .stream().map(m -> {
                    // the watch ending is a matter of the day it is read
                    MemberDecider.State s = decider.apply(new MemberDecider.State(MemberStatus.valueOf(m.status),
                            m.contactedAt, m.reactivatedOn), new MemberDecider.Today(today));
                    return new MemberView(m.clientId, m.segment, s.status(), s.contactedAt(), s.reactivatedOn());
                }).toList();
    }

    static Stats stats(List<MemberView> members) {
        Map<MemberStatus, Long> by = members.stream().collect(Collectors.groupingBy(MemberView::status,
                Collectors.counting()));
        long contacted = members.stream().filter(m -> m.contactedAt() != null).count();
        long reactivated = by.getOrDefault(MemberStatus.REACTIVATED, 0L);
        BigDecimal rate = members.isEmpty() ? BigDecimal.ZERO.setScale(3)
                : BigDecimal.valueOf(reactivated).divide(BigDecimal.valueOf(members.size()), 3, RoundingMode.HALF_UP);
        return new Stats(members.size(), contacted, reactivated, rate);
    }

    private static List<String> segments(CampaignRecord c) {
        return Arrays.asList(c.segments.split(","));
    }
}
