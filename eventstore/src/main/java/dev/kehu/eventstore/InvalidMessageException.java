package dev.kehu.eventstore;

/** A consumed message that cannot be parsed or fails validation: it goes to the dead-letter topic. */
public class InvalidMessageException extends Exception {

    public InvalidMessageException(String reason) {
        super(reason);
    }
}
