package dev.kehu.console.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * How the pages show instants, dates and amounts, used in every template as {@code {fmt:instant(x)}},
 * {@code {fmt:date(x)}}, {@code {fmt:money(x)}} and {@code {fmt:ratio(x)}}. Instants are shown in the
 * branch's zone (Asia/Shanghai); a missing value as a dash.
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

    /** An instant as {@code yyyy-MM-dd HH:mm} in the branch's zone. */
    static String instant(Instant value) {
        return value == null ? DASH : INSTANT.format(value);
    }

    /** A date as {@code yyyy-MM-dd}. */
    static String date(LocalDate value) {
        return value == null ? DASH : DATE.format(value);
    }

    /** An amount with thousands separators and two decimals: {@code 6,000,000.00}. */
    static String money(BigDecimal value) {
        return number(value, "#,##0.00");
    }

    /** A ratio with two decimals: {@code 2.50}. */
    static String ratio(BigDecimal value) {
        return number(value, "0.00");
    }

    private static String number(BigDecimal value, String pattern) {
        if (value == null) {
            return DASH;
        }
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
