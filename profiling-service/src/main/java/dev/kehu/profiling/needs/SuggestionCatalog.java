package dev.kehu.profiling.needs;

import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.domain.needs.SuggestionRules;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The needs-suggestion rules in force (docs/domain.md#suggested-needs), loaded and checked once at startup. */
@Startup
@ApplicationScoped
public class SuggestionCatalog {

    private final SuggestionRules rules;

    public SuggestionCatalog(ProfilingConfig config) {
        this.rules = DataFiles.load(config.data().directory(), "needs-rules", config.data().needsRulesVersion(),
                SuggestionRules.class).check();
    }

    public SuggestionRules rules() {
        return rules;
    }
}
