package dev.kehu.local;

/** A failure with a message meant for the person at the terminal, and the exit code to use. */
final class KehuException extends RuntimeException {

    static final int STARTUP_FAILED = 1;
    static final int ALREADY_RUNNING = 2;
    static final int USAGE = 64;

    private final int exitCode;

    KehuException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    KehuException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
