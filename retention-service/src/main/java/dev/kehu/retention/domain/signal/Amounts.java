package dev.kehu.retention.domain.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How numbers read in a signal's detail: "6.1M", "850K", "42%", "03-20". */
public final class Amounts {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private Amounts() {
    }

    public static String compact(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        if (abs.compareTo(MILLION) >= 0) {
            return amount.divide(MILLION, 1, RoundingMode.HALF_UP).toPlainString() + "M";
        }
        if (abs.compareTo(THOUSAND) >= 0) {
            return amount.divide(THOUSAND, 0, RoundingMode.HALF_UP).toPlainString() + "K";
        }
        return amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A fraction as whole percent, rounded down so a shown figure never overstates the rule it met. */
    public static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.DOWN).toPlainString() + "%";
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
