package dev.kehu.retention.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import dev.kehu.eventstore.ConcurrencyConflictException;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.client.ClientCommandHandler;
import dev.kehu.retention.domain.client.ClientCommand.ScanNeglect;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.signal.SignalKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The neglect scan (docs/domain.md#service-plans): the read model narrows the classified clients to
 * those past twice their interval and not yet flagged; each is then decided on its own stream, in a
 * transaction of its own, under the client lock and at the version read, so with any number of
 * instances scanning at once a client gets one NEGLECT per period (the later scan waits, then sees it
 * raised, or its append conflicts).
 */
@ApplicationScoped
public class NeglectScanner {

    private static final Logger LOG = Logger.getLogger(NeglectScanner.class);

    /** What one scan did. */
    public record ScanResult(long scanned, int raised) {
    }

    @Inject
    Db db;

    @Inject
    ClientCommandHandler clients;

    @Inject
    ServicePlanQueries queries;

    @Inject
    ChurnRules rules;

    @Inject
    Clock clock;

    @Inject
    CurrentRequest request;

    /** One scan, on behalf of the manager who asked for it. */
    public ScanResult scanForCaller() {
        return scan(request.actor(), request.actorRole());
    }

    /** One scan, on behalf of {@code actor} (a manager, or the service's schedule). */
    public ScanResult scan(String actor, String actorRole) {
        Instant now = clock.instant();
        LocalDate today = rules.tradingDay(now);
        String scanId = UUID.randomUUID().toString();
        EventMetadata metadata = new EventMetadata(scanId, scanId, actor, actorRole);
        long scanned = QuarkusTransaction.requiringNew().call(queries::classified);
        List<String> candidates = QuarkusTransaction.requiringNew().call(() -> queries.neglectCandidates(today));
        int raised = 0;
        for (String clientId : candidates) {
            try {
                raised += db.inNewTransaction(c -> clients.apply(c, clientId,
                        List.of(new ScanNeglect(clientId, now, scanId)), cause -> metadata).stream()
                        .anyMatch(e -> e.event() instanceof SignalRaised s && s.kind() == SignalKind.NEGLECT) ? 1 : 0);
            } catch (ConcurrencyConflictException e) {
                // another writer got to the client first; if it was another scan, it raised the signal
                LOG.debugf("neglect scan skipped %s: %s", clientId, e.getMessage());
            }
        }
        return new ScanResult(scanned, raised);
    }
}
