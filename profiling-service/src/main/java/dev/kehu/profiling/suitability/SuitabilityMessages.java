package dev.kehu.profiling.suitability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.EventCatalog;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.EventStoreConfig;
import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.domain.suitability.SuitabilityCheck;
import dev.kehu.profiling.domain.suitability.SuitabilityCommand;
import dev.kehu.profiling.domain.suitability.SuitabilityDecider;
import dev.kehu.profiling.domain.suitability.SuitabilityEvent;
import dev.kehu.profiling.domain.suitability.SuitabilityEvent.Acknowledged;
import dev.kehu.profiling.domain.suitability.SuitabilityEvent.Checked;
import dev.kehu.profiling.domain.suitability.SuitabilityWarnings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The checks' write path (the library's {@link CommandHandler} with {@link SuitabilityDecider}) and what
 * it publishes on {@value #TOPIC} for order and sales systems (docs/domain.md#suitability), key = clientId.
 */
@ApplicationScoped
public class SuitabilityMessages implements EventCatalog {

    public static final String TOPIC = "profiling.suitability-checks";
    public static final String CHECKED = "profiling.suitability.checked.v1";
    public static final String ACKNOWLEDGED = "profiling.suitability.acknowledged.v1";

    /** {@value #CHECKED}: the warnings as codes. */
    public record CheckedData(UUID checkId, String clientId, String productCode, String productRiskLevel,
                              String riskCategory, String result, List<String> warnings, Instant checkedAt) {
    }

    /** {@value #ACKNOWLEDGED}. */
    public record AcknowledgedData(UUID checkId, String clientId, String productCode, String channel,
                                   Instant acknowledgedAt) {
    }

    @Produces
    @Singleton
    CommandHandler<SuitabilityCheck, SuitabilityCommand, SuitabilityEvent> suitabilityCommandHandler(
            EventStore store, Outbox outbox, EventCodec codec, EventStoreConfig config) {
        String source = config.source();
        return new CommandHandler<>(store, outbox, SuitabilityDecider.INSTANCE, (before, appended, metadata) ->
                messages(codec, source, appended, metadata));
    }

    @Produces
    @Singleton
    SuitabilityWarnings warnings(ProfilingConfig config) {
        return DataFiles.load(config.data().directory(), "suitability-warnings",
                config.data().suitabilityWarningsVersion(), SuitabilityWarnings.class).check();
    }

    static List<OutboxMessage> messages(EventCodec codec, String source, List<StoredEvent> appended,
                                        EventMetadata metadata) {
        String correlationId = metadata == null ? null : metadata.correlationId();
        List<OutboxMessage> out = new ArrayList<>();
        for (StoredEvent s : appended) {
            if (s.event() instanceof Checked e) {
                CheckedData data = new CheckedData(e.checkId(), e.clientId(), e.productCode(),
                        e.productRiskLevel().name(), e.riskCategory() == null ? null : e.riskCategory().name(),
                        e.result().name(), e.warnings().stream().map(w -> w.code().name()).toList(), e.checkedAt());
                out.add(CloudEvents.binary(TOPIC, source, CHECKED, e.clientId(), s.eventId(), e.checkedAt(),
                        codec.toJson(data), correlationId));
            } else if (s.event() instanceof Acknowledged e) {
                AcknowledgedData data = new AcknowledgedData(e.checkId(), e.clientId(), e.productCode(),
                        e.channel().name(), e.acknowledgedAt());
                out.add(CloudEvents.binary(TOPIC, source, ACKNOWLEDGED, e.clientId(), s.eventId(), e.acknowledgedAt(),
                        codec.toJson(data), correlationId));
            }
        }
        return out;
    }

    @Override
    public List<Class<?>> eventRoots() {
        return List.of(SuitabilityEvent.class);
    }
}
