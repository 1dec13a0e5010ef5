package dev.kehu.console.web;

import dev.kehu.console.i18n.Msg;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.console.auth.Session;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** What every page is rendered with: who is signed in ({@code s}) and the labels of the language ({@code m}). */
@RequestScoped
public class Pages {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Session session;

    public TemplateInstance page(Template template, String title) {
        return template.data("s", session).data("m", msg()).data("title", title);
    }

    public Msg msg() {
        return Msg.of(session.lang());
    }

    public String bearer() {
        return session.bearer();
    }

    public Session session() {
        return session;
    }

    /** JSON for a chart, safe inside a {@code <script>} element. */
    public static RawString json(Object value) {
        try {
            return new RawString(JSON.writeValueAsString(value).replace("<", "\\u003c"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Marks an open task whose due time has passed ({@code overdue}), for the worklist and the client page. */
    @SuppressWarnings("unchecked")
    static void markOverdue(Part tasks, Instant now) {
        for (Object item : tasks.items()) {
            if (item instanceof Map<?, ?> task) {
                boolean overdue = false;
                try {
                    overdue = task.get("dueAt") != null && !"CLOSED".equals(task.get("stage"))
                            && Instant.parse(task.get("dueAt").toString()).isBefore(now);
                } catch (DateTimeParseException e) {
                    // shown as it came
                }
                ((Map<String, Object>) task).put("overdue", overdue);
            }
        }
    }
}
