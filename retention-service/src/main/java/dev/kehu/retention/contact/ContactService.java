package dev.kehu.retention.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.campaign.CampaignQueries;
import dev.kehu.retention.client.ClientCommandHandler;
import dev.kehu.retention.domain.client.ClientCommand.RecordContact;
import dev.kehu.retention.domain.client.ClientEvent.ContactRecorded;
import dev.kehu.retention.task.TaskQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Records an advisor's contact on the client stream, with who recorded it (docs/domain.md#service-plans). */
@ApplicationScoped
public class ContactService {

    @Inject
    Db db;

    @Inject
    ClientCommandHandler clients;

    @Inject
    TaskQueries tasks;

    @Inject
    CampaignQueries campaigns;

    @Inject
    CurrentRequest request;

    @Inject
    Clock clock;

    @Transactional
    public ContactQueries.ContactView record(String clientId, ContactRequest body) {
        Instant now = clock.instant();
        ContactRequest.Checked v = body.checked(now);
        if (v.taskId() != null && !tasks.isTaskOf(v.taskId(), clientId)) {
            throw ProblemException.badRequest("taskId", "no retention task " + v.taskId() + " of client " + clientId);
        }
        if (v.campaignId() != null && !campaigns.exists(v.campaignId())) {
            throw ProblemException.badRequest("campaignId", "no reactivation campaign " + v.campaignId());
        }
        RecordContact command = new RecordContact(clientId, UUID.randomUUID().toString(), v.channel(), v.direction(),
                v.purpose(), v.occurredAt(), v.notes(), v.campaignId(), v.taskId(), request.actor(), now,
                v.reminderContent());
        return db.call(c -> {
            ContactRecorded recorded = clients.applyToKnown(c, command, request.metadata()).stream()
                    .map(e -> e.event()).filter(ContactRecorded.class::isInstance)
                    .map(ContactRecorded.class::cast).findFirst().orElseThrow();
            return new ContactQueries.ContactView(recorded.contactId(), clientId, recorded.channel().name(),
                    recorded.direction().name(), recorded.purpose().name(), recorded.occurredAt(), recorded.notes(),
                    recorded.campaignId(), recorded.taskId(), recorded.recordedBy(), recorded.recordedAt(),
                    recorded.reminderContent() == null ? null : recorded.reminderContent().name());
        });
    }
}
