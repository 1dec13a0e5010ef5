package dev.kehu.profiling.questionnaire;

import dev.kehu.profiling.common.DataFiles;
import dev.kehu.profiling.common.ProfilingConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The risk questionnaire and consistency rules in force, loaded and checked once at startup. */
@Startup
@ApplicationScoped
public class RiskQuestionnaires {

    private final Questionnaire current;
    private final ConsistencyRules rules;

    public RiskQuestionnaires(ProfilingConfig config) {
        ProfilingConfig.Data data = config.data();
        this.current = DataFiles.load(data.directory(), "risk", data.riskVersion(), Questionnaire.class).check();
        this.rules = DataFiles.load(data.directory(), "consistency-rules", data.consistencyRulesVersion(),
                ConsistencyRules.class).checkAgainst(current);
    }

    public Questionnaire current() {
        return current;
    }

    public ConsistencyRules consistencyRules() {
        return rules;
    }
}
