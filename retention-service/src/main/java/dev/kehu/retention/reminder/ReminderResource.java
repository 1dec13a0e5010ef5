package dev.kehu.retention.reminder;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.retention.book.AdvisorIds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Reminders 策略提醒: a client's, and every one due (docs/domain.md#reminders). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "book")
public class ReminderResource {

    @Inject
    ReminderQueries queries;

    @Inject
    AdvisorIds advisors;

    @GET
    @Path("/clients/{clientId}/reminders")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listClientReminders", summary = "The client's reminders, due or not, most overdue first")
    @APIResponse(responseCode = "200", description = "a page of reminders",
            content = @Content(schema = @Schema(implementation = ReminderPage.class),
                    examples = @ExampleObject(name = "reminders", value = """
                            {"items":[{"clientId":"C001","content":"MARKET_ALERT","channel":"WECHAT",
                             "dueOn":"2026-03-18","overdueDays":2,"source":"PREFERENCE"},
                             {"clientId":"C001","content":"REASSESSMENT","channel":"PHONE","dueOn":"2026-04-01",
                             "overdueDays":0,"source":"EVENT"}],"page":0,"size":20,"total":2}""")))
    public Page<ReminderQueries.ReminderView> ofClient(@PathParam("clientId") String clientId,
                                                       @QueryParam("page") String page,
                                                       @QueryParam("size") String size) {
        return queries.ofClient(clientId, PageRequest.parse(page, size));
    }

    @GET
    @Path("/reminders/due")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listRemindersDue", summary = "Reminders due today or earlier, most overdue first")
    @APIResponse(responseCode = "200", description = "a page of reminders due",
            content = @Content(schema = @Schema(implementation = ReminderPage.class)))
    public Page<ReminderQueries.ReminderView> due(
            @Parameter(description = "only the clients of this advisor's book; me for the caller")
            @QueryParam("advisorId") String advisorId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PHONE", "VISIT", "WECHAT", "SMS",
                    "EMAIL"})) @QueryParam("channel") String channel,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"MARKET_ALERT", "STRATEGY",
                    "PORTFOLIO_REVIEW", "REASSESSMENT", "REACTIVATION", "NEW_PRODUCT", "EVENT_INVITATION"}))
            @QueryParam("content") String content,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        String advisor = blank(advisorId) ? null : advisors.resolve("advisorId", advisorId);
        return queries.due(advisor, blank(channel) ? null : channel, blank(content) ? null : content, paging);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A page of reminders (for the OpenAPI schema). */
    @Schema(name = "ReminderPage")
    public record ReminderPage(List<ReminderQueries.ReminderView> items, int page, int size, long total) {
    }
}
