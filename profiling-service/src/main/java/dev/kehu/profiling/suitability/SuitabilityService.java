package dev.kehu.profiling.suitability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.client.ClientProfiles;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.config.ClientIds;
import dev.kehu.profiling.config.WallClock;
import dev.kehu.profiling.config.Codes;
import dev.kehu.profiling.config.EventRows;
import dev.kehu.profiling.config.OwnClient;
import dev.kehu.profiling.questionnaire.RiskQuestionnaires;
import dev.kehu.profiling.domain.questionnaire.RiskCategories;
import dev.kehu.profiling.domain.product.ProductDetails;
import dev.kehu.profiling.product.ProductService;
import dev.kehu.profiling.suitability.SuitabilityRequests.AcknowledgementRequest;
import dev.kehu.profiling.suitability.SuitabilityRequests.CheckRequest;
import dev.kehu.profiling.domain.suitability.AssessmentFacts;
import dev.kehu.profiling.domain.suitability.Channel;
import dev.kehu.profiling.domain.suitability.SuitabilityCheck;
import dev.kehu.profiling.domain.suitability.SuitabilityCommand;
import dev.kehu.profiling.domain.suitability.SuitabilityConflict;
import dev.kehu.profiling.domain.suitability.SuitabilityDecider;
import dev.kehu.profiling.domain.suitability.SuitabilityEvent;
import dev.kehu.profiling.domain.suitability.SuitabilityWarnings;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** docs/domain.md#suitability-check suitability checks: decide one, acknowledge a MISMATCH, read them. */
@ApplicationScoped
public class SuitabilityService {

    private static final int MAX_STATEMENT = 4000;

    @Inject
    Db db;

    @Inject
    CommandHandler<SuitabilityCheck, SuitabilityCommand, SuitabilityEvent> handler;

    @Inject
    SuitabilityCheckRows checks;

    @Inject
    ProductService products;

    @Inject
    ClientProfiles profiles;

    @Inject
    SuitabilityWarnings warnings;

    @Inject
    RiskQuestionnaires questionnaires;

    @Inject
    EventRows json;

    @Inject
    CurrentRequest request;

    @Inject
    OwnClient ownClient;

    @Inject
    WallClock clock;

    @Transactional
    public SuitabilityCheckView check(String clientId, CheckRequest body) {
        List<FieldError> errors = new ArrayList<>();
        ClientIds.problem(clientId).ifPresent(errors::add);
        String code = body == null ? null : body.productCode();
        if (code == null || !code.matches(ProductService.CODE_PATTERN)) {
            errors.add(new FieldError("productCode", "required, must match " + ProductService.CODE_PATTERN));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        ProductDetails product = products.onSale(code);
        AssessmentFacts facts = profiles.current(clientId).map(p -> p.latestAssessment()).map(this::facts)
                .orElse(null);
        UUID checkId = UUID.randomUUID();
        SuitabilityCommand.Check command = new SuitabilityCommand.Check(checkId, clientId, code,
                product.riskLevel(), facts, warnings, clock.now());
        SuitabilityCheck decided = db.call(c -> {
            CommandHandler.Unit<SuitabilityCheck, SuitabilityCommand, SuitabilityEvent> unit =
                    handler.create(SuitabilityDecider.streamId(checkId));
            unit.decide(command);
            return handler.commit(c, unit, request.metadata()).state();
        });
        return SuitabilityCheckView.of(decided, null);
    }

    @Transactional
    public SuitabilityCheckView acknowledge(UUID checkId, AcknowledgementRequest body) {
        List<FieldError> errors = new ArrayList<>();
        Channel channel = Codes.code(Channel.class, "channel", body == null ? null : body.channel(), errors);
        String statement = body == null ? null : body.statement();
        if (statement == null || statement.isBlank()) {
            errors.add(new FieldError("statement", "required: the exact statement shown to the client"));
        } else if (statement.length() > MAX_STATEMENT || statement.chars().anyMatch(ch -> ch < 0x20 && ch != '\n')) {
            errors.add(new FieldError("statement", "at most " + MAX_STATEMENT + " characters, no control characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        SuitabilityCheckRow row = require(checkId);
        ownClient.require(row.clientId);
        RecordedBy by = new RecordedBy(request.actor(), request.actorRole());
        try {
            SuitabilityCheck after = db.call(c -> handler.handle(c, SuitabilityDecider.streamId(checkId),
                    new SuitabilityCommand.Acknowledge(channel, statement, by, clock.now()), request.metadata(),
                    OptionalLong.empty()).state());
            return SuitabilityCheckView.of(after, null);
        } catch (SuitabilityConflict e) {
            throw ProblemException.conflict(e.getMessage(), Map.of("checkId", checkId.toString()));
        }
    }

    @Transactional
    public SuitabilityCheckView one(UUID checkId) {
        SuitabilityCheckRow row = require(checkId);
        ownClient.require(row.clientId);
        return SuitabilityCheckView.of(json.read(row.state, SuitabilityCheck.class), null);
    }

    /** A client's checks, newest first; with {@code asOf} as they stood then (later checks and acknowledgements left out). */
    @Transactional
    public Page<SuitabilityCheckView> history(String clientId, Instant asOf, PageRequest page) {
        ClientIds.require(clientId);
        if (checks.count("clientId", clientId) == 0) {
            profiles.requireKnown(clientId);
        }
        Sort newestFirst = Sort.descending("checkedAt").and("checkId");
        return EventRows.page(asOf == null ? checks.find("clientId", newestFirst, clientId)
                        : checks.find("clientId = ?1 and checkedAt <= ?2", newestFirst, clientId, asOf), page,
                r -> SuitabilityCheckView.of(json.read(r.state, SuitabilityCheck.class), asOf));
    }

    private SuitabilityCheckRow require(UUID checkId) {
        return checks.findByIdOptional(checkId).orElseThrow(
                () -> ProblemException.notFound("no suitability check " + checkId));
    }

    /** An assessment stored before categories existed is categorised now, with the mapping in force. */
    private AssessmentFacts facts(RiskAssessed a) {
        RiskCategories.Categorized category = a.riskCategory() != null
                ? new RiskCategories.Categorized(a.riskCategory(), a.lowestCategory())
                : questionnaires.categories().categorize(a.capacity().band(), a.attitude().band(), a.answers());
        return new AssessmentFacts(a.assessmentId(), a.questionnaireVersion(), category.category(), category.lowest(),
                a.validUntil(), a.consistency().level());
    }
}
