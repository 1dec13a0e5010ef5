package dev.kehu.profiling.assessment;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.client.ClientCommand.AssessRisk;
import dev.kehu.profiling.client.ClientCommandHandler;
import dev.kehu.profiling.client.ClientProfile;
import dev.kehu.profiling.common.ClientIds;
import dev.kehu.profiling.common.Clock;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.profiling.common.ProfilingConfig;
import dev.kehu.profiling.profile.ProfileQueries;
import dev.kehu.profiling.questionnaire.Questionnaire;
import dev.kehu.profiling.questionnaire.RiskQuestionnaires;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Risk assessments: submit (idempotently with a key), history, reassessments due. */
@ApplicationScoped
public class AssessmentService {

    private static final String KEY_PATTERN = "[\\x21-\\x7E]{1,200}";

    /** The assessment, and whether this request created it (false: an Idempotency-Key replay). */
    public record Submitted(AssessmentView assessment, boolean created) {
    }

    private final Db db;
    private final ClientCommandHandler handler;
    private final AssessmentQueries queries;
    private final ProfileQueries profiles;
    private final RiskQuestionnaires questionnaires;
    private final ProfilingConfig config;
    private final CurrentRequest request;
    private final EventCodec codec;
    private final Clock clock;

    public AssessmentService(Db db, ClientCommandHandler handler, AssessmentQueries queries, ProfileQueries profiles,
                             RiskQuestionnaires questionnaires, ProfilingConfig config, CurrentRequest request,
                             EventCodec codec, Clock clock) {
        this.db = db;
        this.handler = handler;
        this.queries = queries;
        this.profiles = profiles;
        this.questionnaires = questionnaires;
        this.config = config;
        this.request = request;
        this.codec = codec;
        this.clock = clock;
    }

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
        String hash = hash(answers);
        return db.call(c -> {
            if (idempotencyKey != null) {
                Optional<IdempotencyKeys.Entry> first = IdempotencyKeys.find(c, clientId, idempotencyKey);
                if (first.isPresent()) {
                    return replay(c, clientId, idempotencyKey, hash, first.get());
                }
            }
            UUID assessmentId = UUID.randomUUID();
            AssessRisk command = new AssessRisk(clientId, assessmentId, questionnaire,
                    questionnaires.consistencyRules(), answers, config.assessment().validityMonths(), config.zone(),
                    clock.now());
            ClientCommandHandler.Handled handled = handler.handle(c, command, request.metadata());
            if (idempotencyKey != null && !IdempotencyKeys.claim(c, clientId, idempotencyKey, hash, assessmentId)) {
                throw ProblemException.conflict("a submission with this Idempotency-Key was accepted meanwhile; "
                        + "retry to receive its result", Map.of());
            }
            ClientProfile after = handled.profile();
            return new Submitted(AssessmentView.of(after.latestAssessment(), after.recordedBy(ClientProfile.ASSESSMENT)),
                    true);
        });
    }

    private Submitted replay(Connection c, String clientId, String key, String hash, IdempotencyKeys.Entry first)
            throws SQLException {
        if (!first.requestHash().equals(hash)) {
            throw new ProblemException(422, "Unprocessable Content", "Idempotency-Key " + key
                    + " was already used with different answers", List.of(new FieldError("Idempotency-Key",
                    "reused with a different request body")), Map.of("assessmentId", first.assessmentId().toString()));
        }
        AssessmentView view = queries.assessment(c, clientId, first.assessmentId()).orElseThrow(
                () -> new IllegalStateException("idempotency key points at a missing assessment"));
        return new Submitted(view, false);
    }

    @Transactional
    public Page<AssessmentView> history(String clientId, PageRequest page) {
        ClientIds.require(clientId);
        return db.call(c -> {
            if (!profiles.exists(c, clientId)) {
                throw ProblemException.notFound("no client " + clientId);
            }
            return queries.history(c, clientId, page);
        });
    }

    @Transactional
    public AssessmentView one(String clientId, UUID assessmentId) {
        ClientIds.require(clientId);
        return db.call(c -> queries.assessment(c, clientId, assessmentId)).orElseThrow(
                () -> ProblemException.notFound("no assessment " + assessmentId + " of client " + clientId));
    }

    @Transactional
    public Page<DueView> due(Instant before, PageRequest page) {
        return db.call(c -> queries.due(c, before, page));
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
