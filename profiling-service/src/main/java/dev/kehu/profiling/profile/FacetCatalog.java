package dev.kehu.profiling.profile;

import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.domain.profile.Facets;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The facet texts and thresholds in force, loaded and checked once at startup. */
@Startup
@ApplicationScoped
public class FacetCatalog {

    private final Facets facets;

    public FacetCatalog(ProfilingConfig config) {
        this.facets = DataFiles.load(config.data().directory(), "facets", config.data().facetsVersion(), Facets.class)
                .check();
    }

    public Facets facets() {
        return facets;
    }
}
