package dev.kehu.profiling.client;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.config.ClientIds;
import dev.kehu.profiling.config.EventRows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads of the current-profile read model ({@code client_profile}), through Panache. */
@ApplicationScoped
public class ClientProfiles implements PanacheRepositoryBase<ClientProfileRow, String> {

    @Inject
    EventRows rows;

    public Optional<ClientProfile> current(String clientId) {
        return findByIdOptional(clientId).map(r -> rows.read(r.state, ClientProfile.class));
    }

    /** The client id, checked, of a client profiling knows; a 400 for a malformed id, a 404 for an unknown one. */
    public String requireKnown(String clientId) {
        ClientIds.require(clientId);
        if (count("clientId", clientId) == 0) {
            throw ProblemException.notFound("no client " + clientId);
        }
        return clientId;
    }

    /** Profiles whose latest assessment is valid only until before {@code before}, soonest first. */
    public <V> Page<V> validUntilBefore(Instant before, PageRequest page, Function<ClientProfile, V> view) {
        return EventRows.page(find("validUntil < ?1", Sort.by("validUntil").and("clientId"), before), page,
                r -> view.apply(rows.read(r.state, ClientProfile.class)));
    }
}
