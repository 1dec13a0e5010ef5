package dev.kehu.profiling.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The profiling service's settings; the scoring numbers themselves are versioned data files. */
@ConfigMapping(prefix = "kehu.profiling")
public interface ProfilingConfig {

    Data data();

    Assessment assessment();

    /** The branch's time zone: validity ends and {@code due?before=<date>} are calendar dates there. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    interface Data {
        /** The risk questionnaire version new assessments are scored with ({@code questionnaires/risk-<v>.json}). */
        @WithDefault("v1")
        String riskVersion();

        /** The consistency rules version ({@code questionnaires/consistency-rules-<v>.json}). */
        @WithDefault("v1")
        String consistencyRulesVersion();

        /** The client risk categories of the bands, docs/domain.md#risk-category ({@code questionnaires/risk-categories-<v>.json}). */
        @WithDefault("v1")
        String riskCategoriesVersion();

        /** The suitability warning texts, docs/domain.md#suitability ({@code questionnaires/suitability-warnings-<v>.json}). */
        @WithDefault("v1")
        String suitabilityWarningsVersion();

        /** The SERVQUAL item set version ({@code questionnaires/servqual-<v>.json}). */
        @WithDefault("v1")
        String servqualVersion();

        /** The profile facet texts and life-cycle thresholds ({@code questionnaires/facets-<v>.json}). */
        @WithDefault("v1")
        String facetsVersion();

        /** The rules that suggest service needs, docs/domain.md#suggested-needs ({@code questionnaires/needs-rules-<v>.json}). */
        @WithDefault("v1")
        String needsRulesVersion();

        /**
         * Which product risk levels each allocation bucket holds, docs/domain.md#bucket-map
         * ({@code questionnaires/recommendation-buckets-<v>.json}).
         */
        @WithDefault("v1")
        String recommendationBucketsVersion();

        /**
         * A directory searched before the built-in files, so a branch can publish a new version
         * (drop {@code risk-v2.json} there and set {@code risk-version=v2}) without a rebuild.
         */
        Optional<Path> directory();
    }

    interface Assessment {
        /** How many months a risk assessment stays valid before the client must be reassessed. */
        @WithDefault("12")
        int validityMonths();
    }
}
