package dev.kehu.console.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * How the pages show instants, dates and amounts, used in every template as {@code {fmt:instant(x)}},
 * {@code {fmt:date(x)}}, {@code {fmt:money(x)}} and {@code {fmt:ratio(x)}}. The services send ISO-8601
 * strings and JSON numbers; instants are shown in the branch's zone (Asia/Shanghai). A value that
 * cannot be read is shown as it came, never dropped; a missing one as a dash.
 */
@TemplateExtension(namespace = "fmt")
public final class Fmt {

    /** The branch's zone: instants are shown in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String DASH = "—";

    private Fmt() {
    }

    /** An instant as {@code yyyy-MM-dd HH:mm} in the branch's zone; a date alone as {@code yyyy-MM-dd}. */
    static String instant(Object value) {
        if (blank(value)) {
            return DASH;
        }
        String s = value.toString().trim();
        Instant i = parseInstant(s);
        if (i != null) {
            return INSTANT.format(i);
        }
        try {
            return DATE.format(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    /** A date as {@code yyyy-MM-dd}; an instant is shown as its date in the branch's zone. */
    static String date(Object value) {
        if (blank(value)) {
            return DASH;
        }
        String s = value.toString().trim();
        try {
            return DATE.format(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            Instant i = parseInstant(s);
            return i == null ? s : DATE.format(i.atZone(ZONE));
        }
    }

    /** An amount with thousands separators and two decimals: {@code 6,000,000.00}. */
    static String money(Object value) {
        return number(value, "#,##0.00");
    }

    /** A ratio with two decimals: {@code 2.50}. */
    static String ratio(Object value) {
        return number(value, "0.00");
    }

    private static String number(Object value, String pattern) {
        if (blank(value)) {
            return DASH;
        }
        BigDecimal n;
        try {
            n = value instanceof BigDecimal b ? b : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return value.toString();
        }
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(n);
    }

    private static Instant parseInstant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            // not an instant
        }
        try {
            return LocalDateTime.parse(s).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
