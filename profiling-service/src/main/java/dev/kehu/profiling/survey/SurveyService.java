package dev.kehu.profiling.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.client.ClientCommand.CompleteServiceSurvey;
import dev.kehu.profiling.client.ClientCommandHandler;
import dev.kehu.profiling.client.ClientProfile;
import dev.kehu.profiling.common.ClientIds;
import dev.kehu.profiling.common.Clock;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.profiling.profile.ProfileQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** SERVQUAL surveys: submit (scored, stored, published) and list. */
@ApplicationScoped
public class SurveyService {

    private final Db db;
    private final ClientCommandHandler handler;
    private final ServqualSurveys surveys;
    private final ProfileQueries profiles;
    private final CurrentRequest request;
    private final SurveyQueries queries;
    private final Clock clock;

    public SurveyService(Db db, ClientCommandHandler handler, ServqualSurveys surveys, ProfileQueries profiles,
                         CurrentRequest request, SurveyQueries queries, Clock clock) {
        this.db = db;
        this.handler = handler;
        this.surveys = surveys;
        this.profiles = profiles;
        this.request = request;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    public SurveyView submit(String clientId, Map<String, JsonNode> rawRatings) {
        Servqual servqual = surveys.current();
        List<FieldError> errors = new ArrayList<>();
        ClientIds.problem(clientId).ifPresent(errors::add);
        RatingValidator.Result validated = RatingValidator.validate(servqual, rawRatings);
        errors.addAll(validated.errors());
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        CompleteServiceSurvey command = new CompleteServiceSurvey(clientId, UUID.randomUUID(), servqual,
                validated.ratings(), clock.now());
        ClientCommandHandler.Handled handled = db.call(c -> handler.handle(c, command, request.metadata()));
        return SurveyView.of(handled.profile().latestSurvey(), handled.profile().recordedBy(ClientProfile.SURVEY));
    }

    /** The client's surveys, newest first. */
    @Transactional
    public Page<SurveyView> history(String clientId, PageRequest page) {
        ClientIds.require(clientId);
        return db.call(c -> {
            if (!profiles.exists(c, clientId)) {
                throw ProblemException.notFound("no client " + clientId);
            }
            return queries.history(c, clientId, page);
        });
    }
}
