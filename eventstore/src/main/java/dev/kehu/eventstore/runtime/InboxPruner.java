package dev.kehu.eventstore.runtime;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import dev.kehu.eventstore.Inbox;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Forgets processed message ids older than {@code kehu.eventstore.inbox-retention} (see
 * {@link InboxRetentionConfig#inboxRetention()} for why they can no longer come back), every
 * {@code kehu.eventstore.inbox-pruning.interval}, in transactions of at most
 * {@code kehu.eventstore.inbox-pruning.batch-size} rows. One instance is enough; several are safe
 * (each skips the rows another holds). A failed pruning (database away) is tried at the next interval.
 */
@ApplicationScoped
public class InboxPruner {

    private static final Logger LOG = Logger.getLogger(InboxPruner.class);

    private final Db db;
    private final Inbox inbox;
    private final InboxRetentionConfig config;
    private ScheduledExecutorService timer;

    public InboxPruner(Db db, Inbox inbox, InboxRetentionConfig config) {
        this.db = db;
        this.inbox = inbox;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.inboxPruning().enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "inbox-pruner");
            t.setDaemon(true);
            return t;
        });
        long every = config.inboxPruning().interval().toMillis();
        timer.scheduleWithFixedDelay(this::pruneLogged, every, every, TimeUnit.MILLISECONDS);
    }

    private void pruneLogged() {
        try {
            long deleted = prune();
            if (deleted > 0) {
                LOG.infof("inbox pruning forgot %d message ids older than %s", deleted, config.inboxRetention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("inbox pruning failed, trying again in %s: %s", config.inboxPruning().interval(), e.getMessage());
        }
    }

    /** Deletes every inbox row older than the retention, batch by batch; returns how many. */
    public long prune() {
        Instant before = Instant.now().minus(config.inboxRetention());
        int batch = config.inboxPruning().batchSize();
        long total = 0;
        int deleted;
        do {
            deleted = db.inNewTransaction(c -> inbox.prune(c, before, batch));
            total += deleted;
        } while (deleted == batch);
        return total;
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
