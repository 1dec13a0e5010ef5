package dev.kehu.profiling.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.domain.assessment.Answers;
import dev.kehu.profiling.client.ClientProfiles;
import dev.kehu.profiling.domain.client.ClientCommand.AssessRisk;
import dev.kehu.profiling.domain.client.ClientCommand;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.client.ClientDecider;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.config.ClientIds;
import dev.kehu.profiling.config.WallClock;
import dev.kehu.profiling.config.EventRows;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.questionnaire.RiskQuestionnaires;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Risk assessments: submit (idempotently with a key), history, reassessments due. */
@ApplicationScoped
public class AssessmentService {

    private static final String KEY_PATTERN = "[\\x21-\\x7E]{1,200}";

    /** The assessment, and whether this request created it (false: an Idempotency-Key replay). */
    public record Submitted(AssessmentView assessment, boolean created) {
    }

    @Inject
    Db db;

    @Inject
    CommandHandler<ClientProfile, ClientCommand, ClientEvent> handler;

    @Inject
    RiskAssessmentRows assessments;

    @Inject
    ClientProfiles profiles;

    @Inject
    EventRows rows;

    @Inject
    RiskQuestionnaires questionnaires;

    @Inject
    ProfilingConfig config;

    @Inject
    CurrentRequest request;

    @Inject
    EventCodec codec;

    @Inject
    WallClock clock;

    @Transactional
    public Submitted submit(String clientId, Map<String, JsonNode> rawAnswers, String idempotencyKey) {
        Questionnaire questionnaire = questionnaires.current();
        List<FieldError> errors = new ArrayList<>();
        ClientIds.problem(clientId).ifPresent(errors::add);
        if (idempotencyKey != null && !idempotencyKey.matches(KEY_PATTERN)) {
            errors.add(new FieldError("Idempotency-Key", "must be 1 to 200 printable ASCII characters"));
        }
        AnswerValidator.Result validated = AnswerValidator.validate(questionnaire, rawAnswers);
        errors.addAll(validated.errors());
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        Answers answers = validated.answers();
        // only a keyed submission is compared with an earlier one
        String hash = idempotencyKey == null ? null : hash(answers);
        return db.call(c -> {
            if (idempotencyKey != null) {
                Optional<IdempotencyKeys.Entry> first = IdempotencyKeys.find(c, clientId, idempotencyKey);
                if (first.isPresent()) {
                    return replay(clientId, idempotencyKey, hash, first.get());
                }
            }
            UUID assessmentId = UUID.randomUUID();
            AssessRisk command = new AssessRisk(clientId, assessmentId, questionnaire,
                    questionnaires.consistencyRules(), questionnaires.categories(), answers, config.assessment().validityMonths(), config.zone(),
                    clock.now());
            ClientProfile after = handler.handle(c, ClientDecider.streamId(clientId), command, request.metadata(),
                    OptionalLong.empty()).state();
            if (idempotencyKey != null && !IdempotencyKeys.claim(c, clientId, idempotencyKey, hash, assessmentId)) {
                throw ProblemException.conflict("a submission with this Idempotency-Key was accepted meanwhile; "
                        + "retry to receive its result", Map.of());
            }
            return new Submitted(AssessmentView.of(after.latestAssessment(), after.recordedBy(ClientProfile.ASSESSMENT)),
                    true);
        });
    }

    private Submitted replay(String clientId, String key, String hash, IdempotencyKeys.Entry first) {
        if (!first.requestHash().equals(hash)) {
            throw new ProblemException(422, "Unprocessable Content", "Idempotency-Key " + key
                    + " was already used with different answers", List.of(new FieldError("Idempotency-Key",
                    "reused with a different request body")), Map.of("assessmentId", first.assessmentId().toString()));
        }
        AssessmentView view = assessment(clientId, first.assessmentId()).orElseThrow(
                () -> new IllegalStateException("idempotency key points at a missing assessment"));
        return new Submitted(view, false);
    }

    /** The client's assessments, newest first. */
    @Transactional
    public Page<AssessmentView> history(String clientId, PageRequest page) {
        return rows.newestFirst(assessments, profiles.requireKnown(clientId), page, this::view);
    }

    @Transactional
    public AssessmentView one(String clientId, UUID assessmentId) {
        ClientIds.require(clientId);
        return assessment(clientId, assessmentId).orElseThrow(
                () -> ProblemException.notFound("no assessment " + assessmentId + " of client " + clientId));
    }

    /** Clients whose latest assessment is valid only until before {@code before}, soonest first. */
    @Transactional
    public Page<DueView> due(Instant before, PageRequest page) {
        return profiles.validUntilBefore(before, page, p -> {
            RiskAssessed e = p.latestAssessment();
            return new DueView(e.clientId(), e.assessmentId(), e.completedAt(), e.validUntil(), e.capacity().band(),
                    e.attitude().band());
        });
    }

    private Optional<AssessmentView> assessment(String clientId, UUID assessmentId) {
        return assessments.find("assessmentId = ?1 and clientId = ?2", assessmentId, clientId).firstResultOptional()
                .map(this::view);
    }

    private AssessmentView view(RiskAssessmentRow row) {
        return AssessmentView.of(rows.read(row.data, RiskAssessed.class), rows.read(row.recordedBy, RecordedBy.class));
    }

    /** Answers are sorted, so the same answers always hash the same whatever their order in the body. */
    private String hash(Answers answers) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(codec.toJson(answers.values()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
