package dev.kehu.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Samples the services' resident memory every 250 ms, keeping each one's peak. */
final class RssSampler implements AutoCloseable {

    private final Map<ServiceUnderTest, Double> peaks = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    RssSampler() {
        thread = new Thread(() -> {
            while (running) {
                peaks.replaceAll((s, peak) -> Math.max(peak, s.rssMiB()));
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts (or restarts) tracking the peak of a service from now on. */
    void watch(ServiceUnderTest service) {
        peaks.put(service, service.rssMiB());
    }

    double peak(ServiceUnderTest service) {
        return peaks.getOrDefault(service, Double.NaN);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
