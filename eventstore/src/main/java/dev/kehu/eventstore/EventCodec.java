package dev.kehu.eventstore;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Maps event records to their stable type names and JSON, and back. */
public final class EventCodec {

    private final ObjectMapper mapper;
    private final Map<String, Class<?>> classesByType = new HashMap<>();
    private final Map<Class<?>, String> typesByClass = new HashMap<>();
    /** A reader per type, resolved once: {@code readValue(json, Class)} looks the deserializer up per call. */
    private final Map<String, ObjectReader> readersByType = new HashMap<>();

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The JSON settings events are stored with: ISO-8601 instants, plain decimals, lenient reads. */
    public static ObjectMapper defaultMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(IsoTimeReaders.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** Registers a root: a sealed interface (all its permitted records) or one record class. */
    public EventCodec register(Class<?> root) {
        if (root.isSealed()) {
            for (Class<?> sub : root.getPermittedSubclasses()) {
                register(sub);
            }
            return this;
        }
        EventType type = root.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(root.getName() + " has no @EventType");
        }
        Class<?> previous = classesByType.putIfAbsent(type.value(), root);
        if (previous != null && previous != root) {
            throw new IllegalArgumentException("event type " + type.value() + " used by both "
                    + previous.getName() + " and " + root.getName());
        }
        typesByClass.put(root, type.value());
        readersByType.put(type.value(), mapper.readerFor(root));
        return this;
    }

    public String typeOf(Object event) {
        String type = typesByClass.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("unregistered event class " + event.getClass().getName());
        }
        return type;
    }

    public boolean knows(String type) {
        return classesByType.containsKey(type);
    }

    public String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    public Object fromJson(String type, String json) {
        try {
            return reader(type).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event of type " + type + " does not read back", e);
        }
    }

    /** The event from its UTF-8 JSON as the log returns it, without decoding it to a String first. */
    public Object fromJson(String type, byte[] json) {
        try {
            return reader(type).readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored event of type " + type + " does not read back", e);
        }
    }

    private ObjectReader reader(String type) {
        ObjectReader reader = readersByType.get(type);
        if (reader == null) {
            throw new IllegalStateException("unknown event type " + type);
        }
        return reader;
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
