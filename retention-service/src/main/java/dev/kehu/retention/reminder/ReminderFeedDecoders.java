package dev.kehu.retention.reminder;

import java.util.List;

import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;
import dev.kehu.eventstore.contract.ClientNeedsRecorded;
import dev.kehu.eventstore.contract.QuestionnaireCompleted;
import dev.kehu.retention.domain.client.ClientCommand;
import dev.kehu.retention.domain.client.ClientEvent.ReminderPreference;
import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Content;
import dev.kehu.retention.domain.client.ContactCodes.Frequency;

/**
 * The two profiling feeds the reminders follow (docs/contract.md#topics-and-events): validated with the shared
 * contracts, mapped to this service's codes; whatever is wrong goes, listed, to the dead-letter topic.
 */
public final class ReminderFeedDecoders {

    private ReminderFeedDecoders() {
    }

    public static ClientCommand needs(IncomingCloudEvent e) throws InvalidMessageException {
        ClientNeedsRecorded n = ClientNeedsRecorded.decode(e);
        // the contract's codes are a subset of this service's, so every decoded code maps
        List<ReminderPreference> reminders = n.reminders().stream().map(r -> new ReminderPreference(
                Content.valueOf(r.content()), Channel.valueOf(r.channel()), Frequency.valueOf(r.frequency())))
                .toList();
        String channel = n.consultation() == null ? null : n.consultation().channel();
        return new ClientCommand.RecordNeeds(n.clientId(), reminders, channel == null ? null : Channel.valueOf(channel),
                n.personality(), n.recordedAt(), e.id());
    }

    public static ClientCommand assessment(IncomingCloudEvent e) throws InvalidMessageException {
        QuestionnaireCompleted q = QuestionnaireCompleted.decode(e);
        return new ClientCommand.RecordAssessment(q.clientId(), q.assessmentId().toString(), q.completedAt(),
                q.validUntil(), e.id());
    }
}
