package dev.kehu.local;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The three service JVMs: started together, awaited until ready, stopped together. */
final class Services implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final int TAIL_LINES = 40;

    private final List<ServiceProcess> running = new ArrayList<>();
    private final List<ServiceProcess> starting = new ArrayList<>();
    private volatile boolean up;
    private volatile boolean stopping;

    void add(ServiceProcess service) {
        running.add(service);
        starting.add(service);
        // a service that dies once all are up is reported (before, awaitReady fails the start),
        // while Kafka, PostgreSQL and the other services keep running
        service.process().onExit().thenAccept(p -> {
            if (up && !stopping) {
                Console.say(service.spec().instanceName() + " stopped unexpectedly (exit code " + p.exitValue()
                        + "); see " + service.log());
            }
        });
    }

    /**
     * Polls the /q/health/ready of each service added since the last call until it answers 200;
     * fails fast when a service exits or the time is up.
     */
    void awaitReady(long startNanos) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<ServiceProcess> pending = new ArrayList<>(starting);
        starting.clear();
        while (!pending.isEmpty()) {
            for (Iterator<ServiceProcess> it = pending.iterator(); it.hasNext(); ) {
                ServiceProcess s = it.next();
                if (stopping) { // Ctrl-C while starting: the services exit because they were asked to
                    throw new KehuException(KehuException.STARTUP_FAILED, "stopped while starting");
                }
                if (!s.process().isAlive()) {
                    throw failure(s, s.spec().instanceName() + " exited (code " + s.process().exitValue() + ") before it was ready");
                }
                if (s.isReady()) {
                    Console.say(String.format("%s is ready on %s (%.1f s)", s.spec().instanceName(), s.url(),
                            (System.nanoTime() - startNanos) / 1e9));
                    it.remove();
                }
            }
            if (!pending.isEmpty() && System.nanoTime() > deadline) {
                throw failure(pending.get(0), pending.get(0).spec().instanceName() + " was not ready after "
                        + READY_TIMEOUT.toSeconds() + " s");
            }
            sleep(pending.isEmpty() ? 0 : 500);
        }
        up = true;
    }

    private static KehuException failure(ServiceProcess s, String what) {
        return new KehuException(KehuException.STARTUP_FAILED, what + ". Last lines of " + s.log() + ":\n"
                + s.logTail(TAIL_LINES).indent(4));
    }

    /** SIGTERM to all at once (they stop in parallel), then up to 15 s in all before a kill. */
    @Override
    public void close() throws IOException {
        stopping = true;
        running.forEach(ServiceProcess::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ServiceProcess s : running) {
            s.awaitExit(deadline);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KehuException(KehuException.STARTUP_FAILED, "interrupted");
        }
    }
}
