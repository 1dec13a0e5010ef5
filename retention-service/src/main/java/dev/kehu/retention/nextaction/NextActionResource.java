package dev.kehu.retention.nextaction;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

/** The advisor's next actions, one ranked list (docs/domain.md#next-actions). */
@Path("/api/v1/advisors/{advisorId}/next-actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "book")
public class NextActionResource {

    @Inject
    NextActionQueries queries;

    @Inject
    AdvisorIds advisors;

    @GET
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listNextActions", summary = "The advisor's next actions, ranked (an advisor may ask "
            + "only for itself; a manager for anyone)")
    @APIResponse(responseCode = "200", description = "a page of the ranked list",
            content = @Content(schema = @Schema(implementation = NextActionPage.class),
                    examples = @ExampleObject(name = "next actions", value = """
                            {"items":[{"kind":"TASK","clientId":"C007","reason":{"code":"CPR_TASK_OPEN",
                             "zh":"流失挽留任务待处理（CPR）","en":"Open retention (CPR) task"},"dueOn":"2026-03-21",
                             "overdueDays":0,"priority":"P1","channel":"PHONE","personality":"PERFECT",
                             "link":{"taskId":"5d0c…","campaignId":null}},
                             {"kind":"REMINDER","clientId":"C001","reason":{"code":"REMINDER_MARKET_ALERT",
                             "zh":"市场提醒到期（策略提醒）","en":"Market alert due (strategy reminder)"},
                             "dueOn":"2026-03-18","overdueDays":2,"priority":"KEY","channel":"WECHAT",
                             "personality":"POPULAR","link":null}],"page":0,"size":20,"total":2}""")))
    @APIResponse(responseCode = "403", description = "an advisor asked for another advisor's next actions")
    public Page<NextActionQueries.NextActionView> nextActions(
            @Parameter(description = "an advisor's id, or me for the caller") @PathParam("advisorId") String advisorId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        return queries.of(advisors.readable("advisorId", advisorId), paging);
    }

    /** A page of next actions (for the OpenAPI schema). */
    @Schema(name = "NextActionPage")
    public record NextActionPage(List<NextActionQueries.NextActionView> items, int page, int size, long total) {
    }
}
