package dev.kehu.profiling.profile;

import java.time.Instant;
import java.util.OptionalLong;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.profiling.client.ClientProfiles;
import dev.kehu.profiling.client.ClientCommandHandler;
import dev.kehu.profiling.domain.client.ClientCommand;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.config.ClientIds;
import dev.kehu.profiling.config.WallClock;
import dev.kehu.profiling.profile.FacetRequests.HouseholdRequest;
import dev.kehu.profiling.domain.profile.Facets;
import dev.kehu.profiling.domain.profile.Household;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Records profile facets and reads the profile, live or as it stood at a moment. */
@ApplicationScoped
public class ProfileService {

    @Inject
    ClientCommandHandler writes;

    @Inject
    ClientProfiles profiles;

    @Inject
    Facets facets;

    @Inject
    WallClock clock;

    @Transactional
    public ProfileView household(String clientId, HouseholdRequest body, OptionalLong ifMatch) {
        ClientIds.require(clientId);
        Household household = FacetValidation.household(body, facets.lifeCycleRules());
        return record(new ClientCommand.RecordHousehold(clientId, household, facets, clock.now()), ifMatch);
    }

    /** The command that records a facet that is one code. */
    @FunctionalInterface
    public interface CodedFacet<F extends Enum<F>> {
        ClientCommand record(String clientId, F value, Instant now);
    }

    /**
     * Records a facet that is one code (social background, personality, investor attitude): the code
     * is checked against {@code type}, a bad one is a 400 naming {@code field}.
     */
    @Transactional
    public <F extends Enum<F>> ProfileView facet(String clientId, Class<F> type, String field, String code,
                                                 CodedFacet<F> command, OptionalLong ifMatch) {
        ClientIds.require(clientId);
        F value = FacetValidation.required(type, field, code);
        return record(command.record(clientId, value, clock.now()), ifMatch);
    }

    /** The live profile from the read model, or with {@code asOf} the fold of the stream up to then. */
    @Transactional
    public ProfileView profile(String clientId, Instant asOf) {
        ClientIds.require(clientId);
        ClientProfile p = asOf == null ? profiles.current(clientId).orElse(ClientProfile.INITIAL)
                : writes.asOf(clientId, asOf);
        if (!p.exists()) {
            throw ProblemException.notFound(asOf == null ? "no client " + clientId
                    : "client " + clientId + " had no profile yet at " + asOf);
        }
        return view(p, asOf);
    }

    private ProfileView record(ClientCommand command, OptionalLong ifMatch) {
        return view(writes.handle(command.clientId(), command, ifMatch), null);
    }

    private ProfileView view(ClientProfile p, Instant asOf) {
        return ProfileView.of(p, facets, asOf, asOf == null ? clock.now() : asOf);
    }
}
