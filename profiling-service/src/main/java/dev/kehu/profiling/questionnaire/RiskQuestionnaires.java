package dev.kehu.profiling.questionnaire;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.domain.questionnaire.ConsistencyRules;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;
import dev.kehu.profiling.domain.questionnaire.RiskCategories;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The risk questionnaire and consistency rules in force, loaded and checked once at startup. */
@Startup
@ApplicationScoped
public class RiskQuestionnaires {

    private final Questionnaire current;
    private final ConsistencyRules rules;
    private final RiskCategories categories;
    private final Optional<Path> directory;
    private final Map<String, Questionnaire> published = new ConcurrentHashMap<>();

    public RiskQuestionnaires(ProfilingConfig config) {
        ProfilingConfig.Data data = config.data();
        this.directory = data.directory();
        this.current = DataFiles.load(data.directory(), "risk", data.riskVersion(), Questionnaire.class).check();
        this.rules = DataFiles.load(data.directory(), "consistency-rules", data.consistencyRulesVersion(),
                ConsistencyRules.class).checkAgainst(current);
        this.categories = DataFiles.load(data.directory(), "risk-categories", data.riskCategoriesVersion(),
                RiskCategories.class).check();
    }

    public Questionnaire current() {
        return current;
    }

    /** A version by name, e.g. the one an old assessment was scored with; empty if it was never published. */
    public Optional<Questionnaire> version(String version) {
        if (version.equals(current.version())) {
            return Optional.of(current);
        }
        if (!version.matches("[A-Za-z0-9._-]{1,40}")) {
            return Optional.empty();
        }
        Questionnaire known = published.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Questionnaire loaded = DataFiles.load(directory, "risk", version, Questionnaire.class).check();
            published.put(version, loaded);
            return Optional.of(loaded);
        } catch (IllegalStateException e) {
            return Optional.empty(); // not published (yet): a later request may find it in the directory
        }
    }

    /** The category of each band and the lowest-category rule (docs/domain.md#risk-category). */
    public RiskCategories categories() {
        return categories;
    }

    public ConsistencyRules consistencyRules() {
        return rules;
    }
}
