package dev.kehu.profiling.domain.suitability;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import dev.kehu.profiling.domain.questionnaire.Labels;

/** The warnings' texts as versioned data ({@code suitability-warnings-<v>.json}). */
public record SuitabilityWarnings(String version, Map<WarningCode, Labels> texts) {

    public List<Warning> of(List<WarningCode> codes) {
        return codes.stream().map(c -> new Warning(c, texts.get(c).zh(), texts.get(c).en())).toList();
    }

    public SuitabilityWarnings check() {
        if (texts == null || !texts.keySet().equals(EnumSet.allOf(WarningCode.class))
                || texts.values().stream().anyMatch(l -> l.zh() == null || l.en() == null)) {
            throw new IllegalStateException("suitability warnings " + version + " need both texts of every code");
        }
        return this;
    }
}
