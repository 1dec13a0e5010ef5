package dev.kehu.retention.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kehu.eventstore.EventType;

/** A reactivation campaign (存量盘活), on stream {@code campaign-<campaignId>}. */
public sealed interface CampaignEvent {

    String campaignId();

    /** A member as fixed at creation: the client and the segment it was in. */
    record Member(String clientId, String segment) {
    }

    @EventType("retention.campaign.started.v1")
    record CampaignStarted(String campaignId, String name, List<String> segments, LocalDate startsOn,
                           LocalDate endsOn, LocalDate watchUntil, String offer, List<Member> members,
                           String createdBy, Instant createdAt) implements CampaignEvent {
    }
}
