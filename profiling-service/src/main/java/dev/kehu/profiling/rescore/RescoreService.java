package dev.kehu.profiling.rescore;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.jboss.logging.Logger;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.ConcurrencyConflictException;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.domain.assessment.Answers;
import dev.kehu.profiling.client.ClientProfiles;
import dev.kehu.profiling.domain.client.ClientCommand;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.client.ClientStreams;
import dev.kehu.profiling.common.Clock;
import dev.kehu.profiling.questionnaire.RiskQuestionnaires;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;
import dev.kehu.profiling.rescore.RescoreJobView.CategoryChange;
import dev.kehu.profiling.rescore.RescoreJobView.Counts;
import dev.kehu.profiling.domain.rescore.Rescoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * SPEC §7 re-scoring: every client's latest answers scored under {@code toVersion} where they answer it
 * fully, as a new assessment ({@code rescoredFrom} the original, which stays), through the client's
 * command handler (so the read models and {@code questionnaire-completed} follow). Runs inside the
 * request, one transaction per client; the job's record is its own table, so its result can be read later.
 */
@ApplicationScoped
public class RescoreService {

    private static final Logger LOG = Logger.getLogger(RescoreService.class);
    private static final int BATCH = 500;

    @Inject
    Db db;

    @Inject
    CommandHandler<ClientProfile, ClientCommand, ClientEvent> handler;

    @Inject
    ClientProfiles profiles;

    @Inject
    RescoreJobRows jobs;

    @Inject
    RiskQuestionnaires questionnaires;

    @Inject
    CurrentRequest request;

    @Inject
    Clock clock;

    public RescoreJobView run(RescoreRequest body) {
        String toVersion = body == null ? null : body.toVersion();
        if (toVersion == null || toVersion.isBlank()) {
            throw ProblemException.badRequest("toVersion", "required: a published questionnaire version, e.g. v2");
        }
        Questionnaire target = questionnaires.version(toVersion).orElseThrow(() -> ProblemException.badRequest(
                "toVersion", "no published questionnaire version " + toVersion));
        UUID jobId = UUID.randomUUID();
        EventMetadata metadata = request.metadata();
        jobs.start(jobId, toVersion, metadata.actor(), clock.now());
        List<CategoryChange> changed = new ArrayList<>();
        List<String> reassess = new ArrayList<>();
        int clients = 0;
        int rescored = 0;
        int current = 0;
        int failed = 0;
        String status = "COMPLETED";
        try {
            String after = "";
            List<String> ids;
            while (!(ids = clientIds(after)).isEmpty()) {
                for (String clientId : ids) {
                    Optional<RiskAssessed> latest = profiles.current(clientId).map(ClientProfile::latestAssessment);
                    if (latest.isEmpty()) {
                        continue;
                    }
                    clients++;
                    RiskAssessed original = latest.get();
                    if (original.questionnaireVersion().equals(toVersion)) {
                        current++;
                        continue;
                    }
                    Optional<Answers> answers = Rescoring.covering(target, original.answers());
                    if (answers.isEmpty()) {
                        reassess.add(clientId);
                        continue;
                    }
                    try {
                        RiskAssessed rescoredAssessment = rescore(clientId, original, target, answers.get(),
                                metadata);
                        rescored++;
                        if (rescoredAssessment.riskCategory() != original.riskCategory()) {
                            changed.add(new CategoryChange(clientId, original.riskCategory(),
                                    rescoredAssessment.riskCategory()));
                        }
                    } catch (ConcurrencyConflictException e) {
                        failed++;
                    }
                }
                after = ids.get(ids.size() - 1);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "re-scoring job %s to %s failed", jobId, toVersion);
            status = "FAILED";
        }
        Counts counts = new Counts(clients, rescored, changed.size(), reassess.size(), current, failed);
        jobs.finish(jobId, status, clock.now(), counts, changed, reassess);
        return job(jobId);
    }

    @Transactional
    public RescoreJobView job(UUID jobId) {
        return jobs.view(jobId);
    }

    private List<String> clientIds(String after) {
        return db.inNewTransaction(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select client_id from client_profile where client_id > ? "
                    + "and latest_assessment_id is not null order by client_id limit " + BATCH)) {
                ps.setString(1, after);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    private RiskAssessed rescore(String clientId, RiskAssessed original, Questionnaire target, Answers answers,
                                 EventMetadata metadata) {
        ClientCommand.RescoreRisk command = new ClientCommand.RescoreRisk(clientId, UUID.randomUUID(),
                original.assessmentId(), target, questionnaires.consistencyRules(), questionnaires.categories(),
                answers, original.validUntil(), clock.now());
        return db.inNewTransaction(c -> handler.handle(c, ClientStreams.of(clientId), command, metadata,
                OptionalLong.empty()).state().latestAssessment());
    }
}
