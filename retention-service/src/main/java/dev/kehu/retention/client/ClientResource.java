package dev.kehu.retention.client;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.retention.domain.plan.Tier;
import dev.kehu.retention.query.ContactQueries;
import dev.kehu.retention.domain.signal.ChurnRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Service plans, the contact log, the contacts due and the neglect scan (SPEC §8). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "service", description = "Service plans per tier, the contact log, contacts due and neglect (SPEC §8)")
public class ClientResource {

    @Inject
    ContactService contacts;

    @Inject
    ContactQueries queries;

    @Inject
    NeglectScanner scanner;

    @Inject
    CurrentRequest request;

    @Inject
    ChurnRules rules;

    @Inject
    Clock clock;

    @GET
    @Path("/clients/{clientId}/service-plan")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    @Operation(operationId = "getServicePlan", summary = "The client's tier, its promised services and contact clock")
    @APIResponse(responseCode = "200", description = "the plan and where the contact clock stands today",
            content = @Content(schema = @Schema(implementation = ContactQueries.ServicePlanView.class),
                    examples = @ExampleObject(name = "premium", value = """
                            {"clientId":"C001","tier":"PREMIUM","labels":{"zh":"卓越服务","en":"Premium service"},
                             "promisedServices":[{"code":"ADVISOR_SERVICE","zh":"投资顾问服务","en":"Investment advisory service"}],
                             "contactEveryDays":7,"firstClassifiedOn":"2026-01-05","lastContactAt":"2026-03-02T02:00:00Z",
                             "nextContactDue":"2026-03-09","overdueDays":11,"neglectFlagged":false}""")))
    @APIResponse(responseCode = "404", description = "the client has never been classified")
    public ContactQueries.ServicePlanView servicePlan(@PathParam("clientId") String clientId) {
        return queries.servicePlan(clientId, today());
    }

    @POST
    @Path("/clients/{clientId}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Operation(operationId = "recordContact", summary = "Record a contact with the client (who recorded it is kept)")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(schema = @Schema(implementation = ContactQueries.ContactView.class),
                    examples = @ExampleObject(name = "call", value = """
                            {"contactId":"0b6f…","clientId":"C001","channel":"PHONE","direction":"OUTBOUND",
                             "purpose":"SERVICE_REVIEW","occurredAt":"2026-03-20T07:00:00Z","notes":"quarterly review",
                             "campaignId":null,"taskId":null,"recordedBy":"ann","recordedAt":"2026-03-20T07:05:12Z"}""")))
    @APIResponse(responseCode = "404", description = "the retention service knows no such client")
    public Response recordContact(@PathParam("clientId") String clientId, ContactRequest body) {
        ContactQueries.ContactView view = contacts.record(clientId, body);
        return Response.created(URI.create("/api/v1/clients/" + clientId + "/contacts")).entity(view).build();
    }

    @GET
    @Path("/clients/{clientId}/contacts")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listContacts", summary = "The client's contacts, newest first")
    @APIResponse(responseCode = "200", description = "a page of contacts",
            content = @Content(schema = @Schema(implementation = ContactPage.class)))
    public Page<ContactQueries.ContactView> listContacts(@PathParam("clientId") String clientId,
                                                         @QueryParam("page") String page,
                                                         @QueryParam("size") String size) {
        return queries.contacts(clientId, PageRequest.parse(page, size));
    }

    @GET
    @Path("/contacts/due")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listContactsDue",
            summary = "Classified clients due for a contact today or earlier, most overdue first")
    @APIResponse(responseCode = "200", description = "a page of clients due",
            content = @Content(schema = @Schema(implementation = DuePage.class)))
    public Page<ContactQueries.DueContact> contactsDue(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PREMIUM", "VALUE_ADDED", "BASIC"}))
            @QueryParam("tier") String tier, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        return queries.due(tier(tier), today(), paging);
    }

    @POST
    @Path("/admin/neglect-scan")
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "runNeglectScan", summary = "Run the daily neglect scan now")
    @APIResponse(responseCode = "200", description = "the classified clients looked at and the NEGLECT signals raised",
            content = @Content(schema = @Schema(implementation = NeglectScanner.ScanResult.class),
                    examples = @ExampleObject(name = "scan", value = "{\"scanned\":412,\"raised\":3}")))
    public NeglectScanner.ScanResult neglectScan() {
        return scanner.scan(request.actor(), request.actorRole());
    }

    private LocalDate today() {
        return clock.instant().atZone(rules.tradingZone()).toLocalDate();
    }

    private static Tier tier(String tier) {
        if (tier == null || tier.isBlank()) {
            return null;
        }
        try {
            return Tier.valueOf(tier);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("tier", "must be PREMIUM, VALUE_ADDED or BASIC");
        }
    }

    /** A page of contacts (for the OpenAPI schema). */
    @Schema(name = "ContactPage")
    public record ContactPage(java.util.List<ContactQueries.ContactView> items, int page, int size, long total) {
    }

    /** A page of clients due (for the OpenAPI schema). */
    @Schema(name = "DueContactPage")
    public record DuePage(java.util.List<ContactQueries.DueContact> items, int page, int size, long total) {
    }
}
