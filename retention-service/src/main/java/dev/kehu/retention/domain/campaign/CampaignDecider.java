package dev.kehu.retention.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kehu.eventstore.Decider;
import dev.kehu.retention.domain.campaign.CampaignEvent.CampaignStarted;
import dev.kehu.retention.domain.campaign.CampaignEvent.Member;

/** A campaign's stream: it is started once, with its members fixed. */
public final class CampaignDecider implements Decider<CampaignStarted, CampaignDecider.Start, CampaignEvent> {

    public static final CampaignDecider INSTANCE = new CampaignDecider();

    /** Start a campaign; {@code members} are the clients in its segments now. */
    public record Start(String campaignId, String name, List<String> segments, LocalDate startsOn, LocalDate endsOn,
                        int graceDays, String offer, List<Member> members, String by, Instant now) {
    }

    public static String streamId(String campaignId) {
        return "campaign-" + campaignId;
    }

    @Override
    public CampaignStarted initialState() {
        return null;
    }

    @Override
    public CampaignStarted evolve(CampaignStarted state, CampaignEvent event) {
        return (CampaignStarted) event;
    }

    @Override
    public List<CampaignEvent> decide(Start s, CampaignStarted state) {
        if (state != null) {
            throw new IllegalStateException("campaign " + s.campaignId() + " has started already");
        }
        if (s.endsOn().isBefore(s.startsOn())) {
            throw new IllegalArgumentException("a campaign cannot end before it starts");
        }
        return List.of(new CampaignStarted(s.campaignId(), s.name(), List.copyOf(s.segments()), s.startsOn(),
                s.endsOn(), s.endsOn().plusDays(s.graceDays()), s.offer(), List.copyOf(s.members()), s.by(),
                s.now()));
    }
}
