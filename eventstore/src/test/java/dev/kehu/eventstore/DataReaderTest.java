package dev.kehu.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A consumed event's fields, and the dead-letter reason naming every problem at once. */
class DataReaderTest {

    private static DataReader reader(String json) throws Exception {
        return new DataReader(EventCodec.defaultMapper().readTree(json));
    }

    @Test
    void goodFieldsReadAsTheirTypes() throws Exception {
        DataReader r = reader("{\"at\":\"2025-03-01T10:15:30+02:00\",\"day\":\"2025-03-01\",\"n\":0,\"p\":1.5}");

        assertEquals(Instant.parse("2025-03-01T08:15:30Z"), r.instant("at"));
        assertEquals(LocalDate.of(2025, 3, 1), r.date("day"));
        assertEquals(BigDecimal.ZERO, r.nonNegative("n"));
        assertEquals(new BigDecimal("1.5"), r.positive("p"));
        r.validate();
    }

    @Test
    void everyBadFieldIsNamedInTheReason() throws Exception {
        DataReader r = reader("{\"at\":\"yesterday\",\"day\":\"1.3.2025\",\"n\":-1,\"p\":0}");

        r.instant("at");
        r.date("day");
        r.nonNegative("n");
        r.positive("p");
        r.instant("missing");

        InvalidMessageException e = assertThrows(InvalidMessageException.class, r::validate);
        assertEquals("at is not an RFC 3339 date-time: yesterday; day is not a date (yyyy-MM-dd): 1.3.2025; "
                + "n must not be negative, was -1; p must be greater than 0, was 0; missing is missing", e.getMessage());
    }
}
