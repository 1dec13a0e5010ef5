package dev.kehu.console.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kehu.console.api.Bilingual;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;

/** The labels of one language (message bundles {@code i18n/messages_<lang>.properties}). */
@TemplateData
public final class Msg {

    public static final String DEFAULT_LANG = "zh";
    private static final Map<String, Msg> BUNDLES = Map.of("zh", load("zh"), "en", load("en"));

    private final String lang;
    private final Properties text;

    private Msg(String lang, Properties text) {
        this.lang = lang;
        this.text = text;
    }

    public static boolean supports(String lang) {
        return lang != null && BUNDLES.containsKey(lang);
    }

    public static Msg of(String lang) {
        return BUNDLES.getOrDefault(lang, BUNDLES.get(DEFAULT_LANG));
    }

    public String lang() {
        return lang;
    }

    /** The text of a key; the key itself when the bundle lacks it (visible, never blank). */
    public String t(String key) {
        return text.getProperty(key, key);
    }

    /** A code's label with the code verbatim beside it: {@code 稳健型 <code>C3</code>}; a dash for none. */
    public RawString c(String kind, Object code) {
        if (code == null || code.toString().isBlank()) {
            return new RawString("—");
        }
        String label = text.getProperty(kind + "." + code);
        String c = "<code>" + escape(code.toString()) + "</code>";
        return new RawString(label == null ? c : escape(label) + " " + c);
    }

    /** A code's label alone (for places that cannot hold markup, e.g. an option); the code when unlabelled. */
    public String label(String kind, Object code) {
        return code == null ? "" : text.getProperty(kind + "." + code, code.toString());
    }

    /**
     * A churn signal's detail in this language: retention-service explains its own signals in English
     * (docs/domain.md, churn signals); each kind's sentence is told again here from its numbers, in Chinese
     * (codes labelled; the back office's note as it was written). A sentence of another shape stays as it is.
     */
    public String signalDetail(String kind, String detail) {
        if (detail == null || !"zh".equals(lang) || kind == null) {
            return detail == null ? "" : detail;
        }
        Pattern shape = DETAILS.get(kind);
        Matcher d = shape == null ? null : shape.matcher(detail);
        if (d == null || !d.matches()) {
            return detail;
        }
        return switch (kind) {
            case "NEGLECT" -> t("neglect.detail").formatted(d.group(1), d.group(2) != null
                    ? t("neglect.sinceClassified").formatted(d.group(2)) : t("neglect.sinceContact").formatted(d.group(3)),
                    label("tier", d.group(4)), d.group(5));
            case "ASSET_OUTFLOW" -> t("detail.outflow").formatted(d.group(1), d.group(2), d.group(3), d.group(4), d.group(5));
            case "LARGE_WITHDRAWAL" -> t("detail.withdrawal").formatted(d.group(1), d.group(2), d.group(3), d.group(4));
            case "SEGMENT_DOWNGRADE" -> t("detail.downgrade").formatted(labelled("segment", d.group(1)),
                    labelled("segment", d.group(2)), d.group(3), d.group(4), d.group(5));
            case "SERVICE_SHORTFALL" -> t("detail.shortfall").formatted(d.group(1), d.group(2))
                    + (d.group(3) == null ? "" : t("detail.weakest").formatted(labelled("servqual", d.group(3)), d.group(4)));
            default -> t("detail." + kind) + (d.group(1) == null ? "" : "：" + d.group(1)); // an account event and its note
        };
    }

    /** The shapes of retention-service's signal details (its ClientDecider), by signal kind. */
    private static final Map<String, Pattern> DETAILS = Map.of(
            "NEGLECT", Pattern.compile("no contact for (\\d+) days since (?:classification on (\\S+)|the last contact on (\\S+)) "
                    + "\\((\\w+): every (\\d+) days\\)"),
            "ASSET_OUTFLOW", Pattern.compile("total assets fell (\\S+) from (\\S+) on (\\S+) to (\\S+) on (\\S+)"),
            "LARGE_WITHDRAWAL", Pattern.compile("withdrew (\\S+), (\\S+) of the total assets of (\\S+) reported on (\\S+)"),
            "SEGMENT_DOWNGRADE", Pattern.compile("segment fell from (\\w+) to (\\w+) on (\\S+) "
                    + "\\(average assets (\\S+), turnover (\\S+)\\)"),
            "SERVICE_SHORTFALL", Pattern.compile("service survey (\\S+) overall gap (\\S+)(?:, weakest (\\w+) (\\S+))?"),
            "TRANSFER_OUT_REQUESTED", Pattern.compile("transfer-out requested(?:: (.*))?", Pattern.DOTALL),
            "CLOSURE_REQUESTED", Pattern.compile("account closure requested(?:: (.*))?", Pattern.DOTALL),
            "COMPLAINT", Pattern.compile("complaint filed(?:: (.*))?", Pattern.DOTALL));

    /** A code's label with the code beside it as plain text ({@code 大户·短线 LARGE_SHORT_TERM}), for charts. */
    public String labelled(String kind, Object code) {
        if (code == null) {
            return "";
        }
        String label = text.getProperty(kind + "." + code);
        return label == null ? code.toString() : label + " " + code;
    }

    /** The text in this language of a service's {@code {zh, en}} pair (English when Chinese is missing); blank for none. */
    public String pick(Bilingual text) {
        if (text == null) {
            return "";
        }
        String picked = "zh".equals(lang) && text.zh() != null ? text.zh() : text.en();
        return picked == null ? "" : picked;
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static Msg load(String lang) {
        String name = "i18n/messages_" + lang + ".properties";
        try (InputStream in = Msg.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Msg(lang, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
