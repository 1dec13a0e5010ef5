package dev.kehu.eventstore.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;

/** Adds {@link CommentAmendments} to the Flyway that migrates the service's database at start-up. */
@Singleton
public class CommentAmendmentsCustomizer implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        CommentAmendments amendments = CommentAmendments.load(
                loader != null ? loader : CommentAmendments.class.getClassLoader());
        // callbacks(...) replaces the list: keep the ones Quarkus configured
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(amendments);
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }
}
