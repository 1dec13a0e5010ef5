package dev.kehu.profiling.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the versioned data files ({@code questionnaires/<name>-<version>.json}): from the
 * configured directory when it holds the file, otherwise from the built-in resources.
 */
public final class DataFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DataFiles() {
    }

    /** A built-in file, for tests and for the defaults. */
    public static <T> T builtIn(String name, String version, Class<T> type) {
        return load(Optional.empty(), name, version, type);
    }

    public static <T> T load(Optional<Path> directory, String name, String version, Class<T> type) {
        if (!version.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new IllegalArgumentException("not a data version: " + version);
        }
        String file = name + "-" + version + ".json";
        try {
            if (directory.isPresent() && Files.isRegularFile(directory.get().resolve(file))) {
                try (InputStream in = Files.newInputStream(directory.get().resolve(file))) {
                    return MAPPER.readValue(in, type);
                }
            }
            try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream("questionnaires/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("no data file " + file);
                }
                return MAPPER.readValue(in, type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + file, e);
        }
    }
}
