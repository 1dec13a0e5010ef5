package dev.kehu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.console.api.retention.ChurnModelFit;
import dev.kehu.console.api.retention.ChurnWeights;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The churn-model page's records read retention-service's JSON (docs/contract.md, learned churn weights) with the
 * REST clients' mapper: a fit with its evidence, a fit still running, and the weights with their history.
 */
@QuarkusTest
class ChurnModelRecordsTest {

    @Inject
    ObjectMapper json;

    @Test
    void aFitWithItsEvidenceIsRead() throws Exception {
        ChurnModelFit fit = json.readValue("""
                {"fitId":"0b6c0c4e-7f5e-3c5e-9d1a-7b3f2a1c9e11","status":"SUCCEEDED",
                 "period":{"from":"2025-01-01","to":"2025-12-31"},"horizonDays":90,"requestedBy":"kehu-demo",
                 "finishedAt":"2026-01-02T08:00:00Z","observations":812,"churned":140,"trainingPoints":650,
                 "holdoutPoints":162,"intercept":-2.1,"l2":1.0,"bootstrap":{"samples":200,"seed":27},
                 "coefficients":[{"kind":"COMPLAINT","raised":80,"coefficient":1.9,"interval95":[1.4,2.5],
                   "learned":true,"learnedWeight":78,"configuredWeight":20},
                  {"kind":"NEGLECT","raised":3,"coefficient":0.0,"interval95":[-0.5,0.6],"learned":false,
                   "learnedWeight":null,"configuredWeight":20}],
                 "holdout":{"points":162,"churned":30,"auc":0.81,"aucOfConfiguredWeights":0.42,
                   "calibration":[{"bin":1,"from":0.0,"to":0.1,"count":90,"predicted":0.07,"observed":0.06}]},
                 "adoptedAsVersion":null,"error":null}""", ChurnModelFit.class);
        assertThat(fit.succeeded()).isTrue();
        assertThat(fit.coefficients()).extracting(ChurnModelFit.Coefficient::learnedWeight).containsExactly(78, null);
        assertThat(fit.coefficients().get(0).interval95()).containsExactly(1.4, 2.5);
        assertThat(fit.holdout().aucOfConfiguredWeights()).isEqualTo(0.42);
        assertThat(fit.holdout().calibration()).extracting(ChurnModelFit.Bin::count).containsExactly(90);

        ChurnModelFit running = json.readValue("""
                {"fitId":"0b6c0c4e-7f5e-3c5e-9d1a-7b3f2a1c9e11","status":"RUNNING","requestedBy":"m"}""",
                ChurnModelFit.class);
        assertThat(running.running()).isTrue();
        assertThat(running.coefficients()).isEmpty();
        assertThat(running.holdout()).isNull();
    }

    @Test
    void theWeightsInForceAndTheirHistoryAreRead() throws Exception {
        ChurnWeights w = json.readValue("""
                {"version":2,"weights":{"COMPLAINT":78,"NEGLECT":20},"fitId":"f","adoptedBy":"boss",
                 "adoptedAt":"2026-01-02T09:00:00Z","history":[
                   {"version":2,"weights":{"COMPLAINT":78},"fitId":"f","adoptedBy":"boss","adoptedAt":"2026-01-02T09:00:00Z"},
                   {"version":1,"weights":{"COMPLAINT":20},"fitId":null,"adoptedBy":null,"adoptedAt":null}]}""",
                ChurnWeights.class);
        assertThat(w.weight("COMPLAINT")).isEqualTo(78);
        assertThat(w.history()).extracting(ChurnWeights.Version::version).isEqualTo(List.of(2, 1));
        assertThat(w.history().get(1).adoptedBy()).isNull();
    }
}
