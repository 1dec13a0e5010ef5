package dev.kehu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.console.api.Page;
import dev.kehu.console.api.retention.TaskRow;
import dev.kehu.console.api.retention.TaskView;
import dev.kehu.console.api.segmentation.SegmentSummary;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The console's records read the services' JSON with the mapper its REST clients use: the fields the
 * pages need, whatever else a service sends (a service adding a field does not break the console).
 */
@QuarkusTest
class ApiRecordsTest {

    @Inject
    ObjectMapper json;

    @Test
    void aFieldTheConsoleDoesNotKnowIsIgnored() throws Exception {
        TaskView task = json.readValue("""
                {"taskId":"0b6c0c4e-7f5e-3c5e-9d1a-7b3f2a1c9e11","clientId":"C-ZHANG","stage":"COMPREHEND",
                 "priority":"P1","dueAt":"2026-12-02T08:00:00Z","riskScore":70,"version":4,
                 "lscpa":[{"taskId":"x","step":"LISTEN","notes":null,"tickedAt":"2026-12-01T08:00:00Z","by":"王芳"}],
                 "allowedNextSteps":["PROPOSE","LSCPA","ASSIGN"],"assignee":"王芳","aFieldAddedLater":{"any":[1,2]}}""",
                TaskView.class);
        assertThat(task.clientId()).isEqualTo("C-ZHANG");
        assertThat(task.dueAt()).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(task.ticked()).containsExactly("LISTEN");
        assertThat(task.allows("PROPOSE")).isTrue();
        assertThat(task.allows("CLOSE")).isFalse();
        assertThat(task.signals()).as("absent: null, never shown without a guard").isNull();

        Page<TaskRow> page = json.readValue("""
                {"items":[{"taskId":"t","clientId":"C1","stage":"OPENED","dueAt":"2026-01-01T00:00:00Z","extra":1}],
                 "page":0,"size":20,"total":41}""", new TypeReference<>() {
        });
        assertThat(page.total()).isEqualTo(41);
        assertThat(page.items()).extracting(TaskRow::clientId).isEqualTo(List.of("C1"));
        assertThat(page.items().get(0).overdueAt(Instant.parse("2026-01-02T00:00:00Z"))).isTrue();
    }

    @Test
    void theSegmentSummaryIsReadAsTheMatrix() throws Exception {
        SegmentSummary summary = json.readValue("""
                {"LARGE":{"SHORT_TERM":1,"STABLE":2,"STATIC":3},"MEDIUM":{"SHORT_TERM":4,"STABLE":5,"STATIC":6},"total":21}""",
                SegmentSummary.class);
        assertThat(summary.count("LARGE", "SHORT_TERM")).isEqualTo(1);
        assertThat(summary.count("MEDIUM", "STATIC")).isEqualTo(6);
        assertThat(summary.count("SMALL", "STABLE")).as("a size left out counts none").isZero();
        assertThat(summary.total()).isEqualTo(21);
    }
}
