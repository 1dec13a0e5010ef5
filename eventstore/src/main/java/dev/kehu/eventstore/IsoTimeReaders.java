package dev.kehu.eventstore;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * Reads the dates and instants events are stored with ({@code 2026-03-01}, {@code 2026-03-01T09:30:00.123Z})
 * digit by digit. {@code DateTimeFormatter} resolves every field through hash maps, and was 40% of the
 * CPU decoding the log in a rebuild; any other form goes to the JavaTimeModule's readers as before.
 */
final class IsoTimeReaders {

    private IsoTimeReaders() {
    }

    static SimpleModule module() {
        return new SimpleModule("kehu-iso-time")
                .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                    @Override
                    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        LocalDate fast = p.hasToken(JsonToken.VALUE_STRING) ? date(p.getText()) : null;
                        return fast != null ? fast : LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
                    }
                })
                .addDeserializer(Instant.class, new JsonDeserializer<>() {
                    @Override
                    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        Instant fast = p.hasToken(JsonToken.VALUE_STRING) ? instant(p.getText()) : null;
                        return fast != null ? fast : InstantDeserializer.INSTANT.deserialize(p, ctxt);
                    }
                });
    }

    /** {@code yyyy-MM-dd}, or null for any other text. */
    static LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} (ISO_INSTANT's output), or null for any other text. */
    static Instant instant(String s) {
        int n = s.length();
        if (n < 20 || n == 21 || n > 30 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':'
                || s.charAt(n - 1) != 'Z' || (n > 20 && s.charAt(19) != '.')) {
            return null;
        }
        LocalDate day = date(s.substring(0, 10));
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = n > 20 ? digits(s, 20, n - 1) : 0;
        if (day == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                || nanos < 0) {
            return null;
        }
        for (int places = n - 21; places > 0 && places < 9; places++) {
            nanos *= 10;
        }
        return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code s[from, to)}, or -1 if a character there is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
