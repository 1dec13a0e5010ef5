package dev.kehu.profiling.recommendation;

import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.domain.recommendation.BucketMap;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The bucket map in force (docs/domain.md#bucket-map), loaded and checked once at startup. */
@Startup
@ApplicationScoped
public class BucketMapCatalog {

    private final BucketMap map;

    public BucketMapCatalog(ProfilingConfig config) {
        this.map = DataFiles.load(config.data().directory(), "recommendation-buckets",
                config.data().recommendationBucketsVersion(), BucketMap.class).check();
    }

    public BucketMap map() {
        return map;
    }
}
