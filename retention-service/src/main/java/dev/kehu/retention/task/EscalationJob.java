package dev.kehu.retention.task;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Looks for overdue open tasks every {@code kehu.retention.escalation-interval}. */
@ApplicationScoped
public class EscalationJob {

    private static final Logger LOG = Logger.getLogger(EscalationJob.class);

    @Inject
    Escalator escalator;

    @Scheduled(identity = "retention-escalation", every = "${kehu.retention.escalation-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            int escalated = escalator.escalateOverdue();
            if (escalated > 0) {
                LOG.infof("escalated %d overdue retention task(s)", escalated);
            }
        } catch (RuntimeException e) {
            // the next round tries again; a database outage must not stop the schedule
            LOG.warnf("escalation round failed: %s", e.getMessage());
        }
    }
}
