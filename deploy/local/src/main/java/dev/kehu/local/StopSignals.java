package dev.kehu.local;

import sun.misc.Signal;

/**
 * Ctrl-C, SIGTERM and SIGHUP run the ordered stop first and only then exit. Left to JVM shutdown
 * hooks alone, zonky's own hook would stop PostgreSQL at the same time as the services, which would
 * then log lost connections while they drain. The shutdown hook stays as the safety net.
 */
final class StopSignals {

    private StopSignals() {
    }

    static void install(Runnable stop) {
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    stop.run();
                    System.exit(0);
                });
            } catch (IllegalArgumentException e) {
                // not available on this OS or JVM: the shutdown hook does the same, less orderly
            }
        }
    }
}
