package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The digit-by-digit readers give what the JavaTimeModule gives, for every form it reads. */
class IsoTimeReadersTest {

    record Stamped(LocalDate day, Instant at) {
    }

    private static final ObjectMapper STANDARD = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper FAST = EventCodec.defaultMapper();

    @Test
    void storedFormsReadAsTheStandardReadersReadThem() throws Exception {
        List<Instant> instants = List.of(Instant.parse("2026-03-01T09:30:00Z"), Instant.parse("2024-02-29T23:59:59.5Z"),
                Instant.parse("1999-12-31T00:00:00.123Z"), Instant.parse("2026-07-04T12:00:00.000001Z"),
                Instant.parse("2026-07-04T12:00:00.123456789Z"), Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("1969-12-31T23:59:59.999Z"));
        for (Instant at : instants) {
            String json = STANDARD.writeValueAsString(new Stamped(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), at));
            assertEquals(STANDARD.readValue(json, Stamped.class), FAST.readValue(json, Stamped.class), json);
            assertEquals(at, IsoTimeReaders.instant(at.toString()), at.toString());
        }
    }

    @Test
    void otherFormsFallBackToTheStandardReaders() throws Exception {
        for (String json : List.of("{\"day\":\"+12026-03-01\",\"at\":\"2026-03-01T09:30:00+02:00\"}",
                "{\"day\":[2026,3,1],\"at\":1767225600.5}", "{\"day\":null,\"at\":null}",
                "{\"day\":\"2026-03-01T00:00:00\",\"at\":1767225600000}")) {
            assertEquals(STANDARD.readValue(json, Stamped.class), FAST.readValue(json, Stamped.class), json);
        }
        assertNull(IsoTimeReaders.date("2026-02-30"));
        assertNull(IsoTimeReaders.instant("2026-03-01T24:00:00Z"));
        assertNull(IsoTimeReaders.instant("2026-03-01T09:30:00.Z"));
        assertThrows(Exception.class, () -> FAST.readValue("{\"day\":\"2026-02-30\"}", Stamped.class));
    }
}
