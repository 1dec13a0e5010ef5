package dev.kehu.retention.client;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.domain.client.ClientCommand.RecordContact;
import dev.kehu.retention.domain.client.ClientEvent.ContactRecorded;
import dev.kehu.retention.query.CampaignRecord;
import dev.kehu.retention.query.ContactQueries;
import dev.kehu.retention.query.TaskRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Records an advisor's contact on the client stream, with who recorded it (SPEC §8). */
@ApplicationScoped
public class ContactService {

    @Inject
    Db db;

    @Inject
    ClientStreams clients;

    @Inject
    CurrentRequest request;

    @Inject
    Clock clock;

    @Transactional
    public ContactQueries.ContactView record(String clientId, ContactRequest body) {
        Instant now = clock.instant();
        ContactRequest.Valid v = ContactRequest.validate(body, now);
        if (v.taskId() != null && TaskRecord.<TaskRecord>findByIdOptional(v.taskId())
                .filter(t -> t.clientId.equals(clientId)).isEmpty()) {
            throw ProblemException.badRequest("taskId", "no retention task " + v.taskId() + " of client " + clientId);
        }
        if (v.campaignId() != null && CampaignRecord.findByIdOptional(v.campaignId()).isEmpty()) {
            throw ProblemException.badRequest("campaignId", "no reactivation campaign " + v.campaignId());
        }
        RecordContact command = new RecordContact(clientId, UUID.randomUUID().toString(), v.channel(), v.direction(),
                v.purpose(), v.occurredAt(), v.notes(), v.campaignId(), v.taskId(), request.actor(), now);
        return db.call(c -> {
            if (!clients.exists(c, clientId)) {
                throw ProblemException.notFound("no client " + clientId + " is known to the retention service");
            }
            ContactRecorded recorded = clients.apply(c, clientId, List.of(command), cause -> request.metadata())
                    .stream().map(e -> e.event()).filter(ContactRecorded.class::isInstance)
                    .map(ContactRecorded.class::cast).findFirst().orElseThrow();
            return new ContactQueries.ContactView(recorded.contactId(), clientId, recorded.channel().name(),
                    recorded.direction().name(), recorded.purpose().name(), recorded.occurredAt(), recorded.notes(),
                    recorded.campaignId(), recorded.taskId(), recorded.recordedBy(), recorded.recordedAt());
        });
    }
}
