package dev.kehu.profiling.config;

import dev.kehu.profiling.domain.needs.SuggestionRules;
import dev.kehu.profiling.domain.profile.Facets;
import dev.kehu.profiling.domain.recommendation.BucketMap;
import dev.kehu.profiling.domain.survey.Servqual;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The versioned data sets the features use as they are, in the versions configured ({@link ProfilingConfig.Data}):
 * each loaded and checked once at startup.
 */
@ApplicationScoped
public class DataInForce {

    /** The profile facet texts and life-cycle thresholds. */
    @Produces
    @Startup
    @Singleton
    Facets facets(ProfilingConfig config) {
        return DataFiles.load(config.data().directory(), "facets", config.data().facetsVersion(), Facets.class)
                .check();
    }

    /** The SERVQUAL item set. */
    @Produces
    @Startup
    @Singleton
    Servqual servqual(ProfilingConfig config) {
        return DataFiles.load(config.data().directory(), "servqual", config.data().servqualVersion(), Servqual.class)
                .check();
    }

    /** The needs-suggestion rules (docs/domain.md#suggested-needs). */
    @Produces
    @Startup
    @Singleton
    SuggestionRules suggestionRules(ProfilingConfig config) {
        return DataFiles.load(config.data().directory(), "needs-rules", config.data().needsRulesVersion(),
                SuggestionRules.class).check();
    }

    /** The bucket map (docs/domain.md#bucket-map). */
    @Produces
    @Startup
    @Singleton
    BucketMap bucketMap(ProfilingConfig config) {
        return DataFiles.load(config.data().directory(), "recommendation-buckets",
                config.data().recommendationBucketsVersion(), BucketMap.class).check();
    }
}
