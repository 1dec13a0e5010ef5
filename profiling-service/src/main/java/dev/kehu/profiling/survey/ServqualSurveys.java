package dev.kehu.profiling.survey;

import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.domain.survey.Servqual;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The SERVQUAL item set in force, loaded and checked once at startup. */
@Startup
@ApplicationScoped
public class ServqualSurveys {

    private final Servqual current;

    public ServqualSurveys(ProfilingConfig config) {
        this.current = DataFiles.load(config.data().directory(), "servqual", config.data().servqualVersion(),
                Servqual.class).check();
    }

    public Servqual current() {
        return current;
    }
}
