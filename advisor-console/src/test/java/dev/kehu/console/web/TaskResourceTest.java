package dev.kehu.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import dev.kehu.console.api.retention.TaskStep;
import dev.kehu.console.api.retention.TaskView.PlanStep;

class TaskResourceTest {

    @Test
    void aTaskIdIsAUuidAsRetentionIssuesItNotAClientId() {
        String derived = UUID.nameUUIDFromBytes("task:signal-1".getBytes(StandardCharsets.UTF_8)).toString();
        assertThat(TaskResource.TASK_ID.matcher(derived).matches()).isTrue();
        assertThat(TaskResource.TASK_ID.matcher(UUID.randomUUID().toString().toUpperCase()).matches()).isTrue();
        for (String id : List.of("C1001", "C-ZHANG", derived + "x", derived.replace("-", ""), "../" + derived, "")) {
            assertThat(TaskResource.TASK_ID.matcher(id).matches()).as(id).isFalse();
        }
    }

    @Test
    void aProposalsLinesBecomeStepsAtLevelsOneToN() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("steps", "每周回访\n\n  senior advisor calls  \r\nfee review");
        assertThat(TaskResource.body("proposal", form)).isEqualTo(new TaskStep.Proposal(List.of(
                new PlanStep(1, "每周回访"), new PlanStep(2, "senior advisor calls"), new PlanStep(3, "fee review"))));
        form.add("outcome", "RETAINED");
        assertThat(TaskResource.body("close", form)).isEqualTo(new TaskStep.Close("RETAINED", null));
    }
}
