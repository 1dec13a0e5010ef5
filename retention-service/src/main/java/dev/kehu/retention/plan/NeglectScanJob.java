package dev.kehu.retention.plan;

import org.jboss.logging.Logger;

import dev.kehu.retention.config.ServiceName;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The daily neglect scan, at {@code kehu.retention.neglect-scan-cron} in the trading zone. */
@ApplicationScoped
public class NeglectScanJob {

    private static final Logger LOG = Logger.getLogger(NeglectScanJob.class);

    @Inject
    NeglectScanner scanner;

    @Scheduled(identity = "retention-neglect-scan", cron = "${kehu.retention.neglect-scan-cron}",
            timeZone = "${kehu.retention.trading-zone:Asia/Shanghai}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            NeglectScanner.ScanResult result = scanner.scan(ServiceName.RETENTION, "system");
            LOG.infof("neglect scan: %d classified client(s), %d NEGLECT signal(s) raised", result.scanned(),
                    result.raised());
        } catch (RuntimeException e) {
            // tomorrow's scan tries again; a database outage must not stop the schedule
            LOG.warnf("neglect scan failed: %s", e.getMessage());
        }
    }
}
