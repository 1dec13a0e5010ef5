package dev.kehu.retention.campaign;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.CommandHandler.Messages;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.domain.campaign.CampaignDecider;
import dev.kehu.retention.domain.campaign.CampaignEvent;
import dev.kehu.retention.domain.campaign.CampaignEvent.CampaignStarted;
import dev.kehu.retention.config.RetentionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Starts reactivation campaigns: the members are the clients in its segments at that moment. */
@ApplicationScoped
public class CampaignService {

    private final Db db;
    private final CommandHandler<CampaignStarted, CampaignDecider.Start, CampaignEvent> campaigns;
    private final CampaignQueries queries;
    private final CurrentRequest request;
    private final RetentionConfig config;
    private final Clock clock;

    public CampaignService(Db db, EventStore store, Outbox outbox, CampaignQueries queries, CurrentRequest request,
                           RetentionConfig config, Clock clock) {
        this.db = db;
        this.campaigns = new CommandHandler<>(store, outbox, CampaignDecider.INSTANCE, Messages.none());
        this.queries = queries;
        this.request = request;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public CampaignQueries.CampaignView start(CampaignRequest body) {
        CampaignRequest.Checked v = body.checked();
        String campaignId = UUID.randomUUID().toString();
        CampaignDecider.Start start = new CampaignDecider.Start(campaignId, v.name(), v.segments(), v.startsOn(),
                v.endsOn(), config.reactivationGraceDays(), v.offer(), queries.clientsIn(v.segments()),
                request.actor(), clock.instant());
        db.call(c -> campaigns.handle(c, CampaignDecider.streamId(campaignId), start, request.metadata(),
                OptionalLong.empty()));
        return queries.campaign(campaignId, PageRequest.parse(null, null));
    }
}
