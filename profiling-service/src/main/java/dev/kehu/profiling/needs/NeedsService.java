package dev.kehu.profiling.needs;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.profiling.client.ClientCommandHandler;
import dev.kehu.profiling.client.ClientProfiles;
import dev.kehu.profiling.config.ClientIds;
import dev.kehu.profiling.config.WallClock;
import dev.kehu.profiling.domain.client.ClientCommand;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceNeedsRecorded;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.needs.NeedsRejected;
import dev.kehu.profiling.domain.needs.ServiceNeeds;
import dev.kehu.profiling.domain.needs.SuggestionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Records a client's service needs on its stream, reads them live or as of a moment, and suggests them. */
@ApplicationScoped
public class NeedsService {

    @Inject
    ClientCommandHandler writes;

    @Inject
    ClientProfiles profiles;

    @Inject
    SuggestionRules rules;

    @Inject
    WallClock clock;

    @Transactional
    public ServiceNeedsView record(String clientId, NeedsRequest body, OptionalLong ifMatch) {
        ClientIds.require(clientId);
        ServiceNeeds needs = NeedsValidation.needs(body);
        try {
            ClientProfile after = writes.handle(clientId,
                    new ClientCommand.RecordServiceNeeds(clientId, needs, clock.now()), ifMatch);
            return view(after, null).orElseThrow();
        } catch (NeedsRejected e) {
            throw ProblemException.badRequest(e.field(), e.getMessage());
        }
    }

    /** The needs from the read model, or with {@code asOf} from the stream folded up to then; 404 before any. */
    @Transactional
    public ServiceNeedsView needs(String clientId, Instant asOf) {
        ClientIds.require(clientId);
        ClientProfile p = asOf == null ? profiles.current(clientId).orElse(ClientProfile.INITIAL)
                : writes.asOf(clientId, asOf);
        return view(p, asOf).orElseThrow(() -> ProblemException.notFound(asOf == null
                ? "no service needs recorded for client " + clientId
                : "client " + clientId + " had no service needs recorded yet at " + asOf));
    }

    /**
     * docs/domain.md#suggested-needs: the first rule that holds for the client's household age and life-cycle
     * stage, social background and latest risk capacity band; 404 for a client profiling does not know.
     */
    @Transactional
    public SuggestionView suggested(String clientId) {
        ClientIds.require(clientId);
        ClientProfile p = profiles.current(clientId)
                .orElseThrow(() -> ProblemException.notFound("no client " + clientId));
        SuggestionRules.ClientFacts facts = new SuggestionRules.ClientFacts(
                p.household() == null ? null : p.household().household().age(),
                p.socialBackground() == null ? null : p.socialBackground().background(),
                p.household() == null ? null : p.household().lifeCycleStage(),
                p.latestAssessment() == null ? null : p.latestAssessment().capacity().band());
        return rules.suggest(facts)
                .map(r -> new SuggestionView(clientId, rules.version(), r.id(), r.why(), facts, r.suggest()))
                .orElse(new SuggestionView(clientId, rules.version(), null, null, facts, null));
    }

    private static Optional<ServiceNeedsView> view(ClientProfile p, Instant asOf) {
        ServiceNeedsRecorded e = p.serviceNeeds();
        return e == null ? Optional.empty() : Optional.of(ServiceNeedsView.of(p.clientId(), p.version(), asOf, e,
                p.recordedBy(ClientProfile.SERVICE_NEEDS)));
    }
}
