package dev.kehu.eventstore;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidRequiredAcksException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * Which send failures mean the broker can never take the message, whatever is retried: the
 * message itself is at fault (too large, an invalid topic, a value that cannot be serialized, any
 * other non-retriable error the broker answers about one record). Not poison: retriable errors
 * (broker away, leader moving, time-outs), and non-retriable errors about the relay rather than the
 * message (its login or rights, its producer's state, an unknown server error), which an operator
 * fixes and which would otherwise park every message.
 */
final class Poison {

    private Poison() {
    }

    /** Why the message can never be sent, or null when the failure is not the message's. */
    static String reason(Throwable e) {
        if (e instanceof SerializationException) {
            return describe(e);
        }
        if (!(e instanceof ApiException) || e instanceof RetriableException) {
            return null;
        }
        if (e instanceof AuthenticationException || e instanceof AuthorizationException
                || e instanceof ProducerFencedException || e instanceof InvalidProducerEpochException
                || e instanceof OutOfOrderSequenceException || e instanceof UnsupportedVersionException
                || e instanceof InvalidRequiredAcksException || e instanceof UnknownServerException) {
            return null;
        }
        return describe(e);
    }

    /** A failure that may mean the topic does not exist (to be asked of the broker before parking anything). */
    static boolean topicMissing(Throwable e) {
        return e instanceof UnknownTopicOrPartitionException
                || (e instanceof TimeoutException && String.valueOf(e.getMessage()).contains("not present in metadata"));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
