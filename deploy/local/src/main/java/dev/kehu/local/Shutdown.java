package dev.kehu.local;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything started so far, stopped in reverse order: services before the broker and PostgreSQL
 * they use, the run lock last. Runs once, from the JVM shutdown hook (Ctrl-C, SIGTERM) or after a
 * failed start; something started while it runs (Ctrl-C in the middle of the start) is stopped at once.
 */
final class Shutdown implements Runnable {

    private final Deque<Step> steps = new ArrayDeque<>();
    private boolean ran;

    private record Step(String what, AutoCloseable closeable) {
    }

    synchronized void onStop(String what, AutoCloseable closeable) {
        if (ran) {
            close(new Step(what, closeable));
            throw new KehuException(KehuException.STARTUP_FAILED, "stopped while starting");
        }
        steps.push(new Step(what, closeable));
    }

    @Override
    public synchronized void run() {
        if (ran) {
            return;
        }
        ran = true;
        if (steps.size() > 1) { // more than the run lock: something is running
            Console.say("stopping...");
        }
        while (!steps.isEmpty()) {
            close(steps.pop());
        }
    }

    private static void close(Step step) {
        try {
            step.closeable().close();
        } catch (Exception e) {
            Console.say("could not stop " + step.what() + " cleanly: " + e);
        }
    }
}
