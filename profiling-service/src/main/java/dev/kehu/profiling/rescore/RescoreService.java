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
import dev.kehu.eventstore.jobs.Job;
import dev.kehu.eventstore.jobs.Jobs;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.domain.assessment.Answers;
import dev.kehu.profiling.client.ClientProfiles;
import dev.kehu.profiling.domain.client.ClientCommand;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.client.ClientDecider;
import dev.kehu.profiling.config.WallClock;
import dev.kehu.profiling.questionnaire.RiskQuestionnaires;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;
import dev.kehu.profiling.rescore.RescoreJobView.CategoryChange;
import dev.kehu.profiling.rescore.RescoreJobView.Counts;
import dev.kehu.profiling.domain.rescore.Rescoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Re-scoring (docs/domain.md): every client's latest answers scored under {@code toVersion} where they answer it
 * fully, as a new assessment ({@code rescoredFrom} the original, which stays), through the client's
 * command handler (so the read models and {@code questionnaire-completed} follow). Runs as a job of the
 * library's (docs/contract.md "Jobs": one re-scoring at a time across instances, its outcome the job's
 * result), one transaction per client; {@code rescore_job} keeps the outcome under the same id for
 * {@code GET /api/v1/admin/rescore-jobs/{id}}.
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
    WallClock clock;

    @Inject
    Jobs library;

    /** The job kind of a re-scoring: one at a time. */
    public static final String KIND = "rescore";

    /** Checks the request, then queues the re-scoring as a job; a 409 while another one is queued or running. */
    public Job start(RescoreRequest body) {
        String toVersion = body == null ? null : body.toVersion();
        if (toVersion == null || toVersion.isBlank()) {
            throw ProblemException.badRequest("toVersion", "required: a published questionnaire version, e.g. v2");
        }
        Questionnaire target = questionnaires.version(toVersion).orElseThrow(() -> ProblemException.badRequest(
                "toVersion", "no published questionnaire version " + toVersion));
        EventMetadata metadata = request.metadata(); // the caller's, read while the request lasts
        return library.start(KIND, metadata.actor(), job -> run(job, toVersion, target, metadata));
    }

    RescoreJobView run(Jobs.Progress job, String toVersion, Questionnaire target, EventMetadata metadata) {
        UUID jobId = job.jobId();
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
                job.report(new Counts(clients, rescored, changed.size(), reassess.size(), current, failed));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "re-scoring job %s to %s failed", jobId, toVersion);
            jobs.finish(jobId, "FAILED", clock.now(),
                    new Counts(clients, rescored, changed.size(), reassess.size(), current, failed), changed, reassess);
            throw e; // the job FAILED too, with this error
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
        return db.inNewTransaction(c -> handler.handle(c, ClientDecider.streamId(clientId), command, metadata,
                OptionalLong.empty()).state().latestAssessment());
    }
}
