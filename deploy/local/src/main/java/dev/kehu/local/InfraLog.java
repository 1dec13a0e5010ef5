package dev.kehu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.LoggerFactory;

/**
 * The broker and PostgreSQL log a lot through SLF4J; slf4j-simple writes that to a file so the
 * terminal shows only what a person needs. Must run before the first logger is made.
 */
final class InfraLog {

    private InfraLog() {
    }

    static void redirectTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) { // slf4j-simple truncates: keep the previous run's as infra.log.1
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.clients", "warn");
        // initialise SLF4J here, on one thread: Kafka and PostgreSQL start in parallel, and a
        // concurrent first use makes SLF4J print a warning on the terminal
        LoggerFactory.getLogger(InfraLog.class).info("Kafka and PostgreSQL log here");
    }
}
