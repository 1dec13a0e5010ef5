package dev.kehu.profiling.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.profiling.client.ClientProfiles;
import dev.kehu.profiling.client.ClientCommandHandler;
import dev.kehu.profiling.domain.client.ClientCommand.CompleteServiceSurvey;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.config.ClientIds;
import dev.kehu.profiling.config.WallClock;
import dev.kehu.profiling.config.EventRows;
import dev.kehu.profiling.domain.survey.Servqual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** SERVQUAL surveys: submit (scored, stored, published) and list. */
@ApplicationScoped
public class SurveyService {

    @Inject
    ClientCommandHandler writes;

    @Inject
    Servqual servqual;

    @Inject
    ServiceSurveyRows rows;

    @Inject
    ClientProfiles profiles;

    @Inject
    EventRows eventRows;

    @Inject
    WallClock clock;

    @Transactional
    public SurveyView submit(String clientId, Map<String, JsonNode> rawRatings) {
        List<FieldError> errors = new ArrayList<>();
        ClientIds.problem(clientId).ifPresent(errors::add);
        RatingValidator.Result validated = RatingValidator.validate(servqual, rawRatings);
        errors.addAll(validated.errors());
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        CompleteServiceSurvey command = new CompleteServiceSurvey(clientId, UUID.randomUUID(), servqual,
                validated.ratings(), clock.now());
        ClientProfile after = writes.handle(clientId, command, OptionalLong.empty());
        return SurveyView.of(after.latestSurvey(), after.recordedBy(ClientProfile.SURVEY));
    }

    /** The client's surveys, newest first. */
    @Transactional
    public Page<SurveyView> history(String clientId, PageRequest page) {
        return eventRows.newestFirst(rows, profiles.requireKnown(clientId), page,
                row -> SurveyView.of(eventRows.read(row.data, ServiceSurveyCompleted.class),
                        eventRows.read(row.recordedBy, RecordedBy.class)));
    }
}
