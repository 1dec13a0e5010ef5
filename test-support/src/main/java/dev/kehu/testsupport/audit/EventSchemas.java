package dev.kehu.testsupport.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The repository's JSON Schemas of event data, {@code docs/schemas/<CloudEvents type>.schema.json}: the
 * documents other teams build on, loaded as they are so that a test checks the code against them.
 */
public final class EventSchemas {

    /** {@code format} (date, date-time) is only an annotation in 2020-12 by default; the consumers enforce it. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final Path dir;
    private final Map<String, Optional<Schema>> loaded = new ConcurrentHashMap<>();

    private EventSchemas(Path dir) {
        this.dir = dir;
    }

    /** The schemas of the checkout the test runs in (found from the module's working directory upwards). */
    public static EventSchemas ofRepository() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs/schemas"))) {
                return new EventSchemas(p.resolve("docs/schemas"));
            }
        }
        throw new IllegalStateException("no docs/schemas above " + here);
    }

    public boolean has(String type) {
        return schema(type).isPresent();
    }

    /** The violations of {@code data} against the schema of {@code type}; empty when it conforms. */
    public List<String> violations(String type, String data) {
        Schema schema = schema(type).orElseThrow(() -> new IllegalArgumentException("no schema for " + type));
        try {
            return schema.validate(data, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (RuntimeException notJson) {
            return List.of("not JSON: " + notJson.getMessage());
        }
    }

    private Optional<Schema> schema(String type) {
        return loaded.computeIfAbsent(type, t -> {
            Path file = dir.resolve(t + ".schema.json");
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(REGISTRY.getSchema(Files.readString(file), InputFormat.JSON));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
