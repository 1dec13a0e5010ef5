package dev.kehu.retention.plan;

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
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Service plans, the contacts due and the neglect scan (docs/domain.md#service-plans). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "service", description = "Service plans per tier, the contact log, contacts due and neglect")
public class ServicePlanResource {

    @Inject
    ServicePlanQueries queries;

    @Inject
    NeglectScanner scanner;

    @GET
    @Path("/clients/{clientId}/service-plan")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    @Operation(operationId = "getServicePlan", summary = "The client's tier, its promised services and contact clock")
    @APIResponse(responseCode = "200", description = "the plan and where the contact clock stands today",
            content = @Content(schema = @Schema(implementation = ServicePlanQueries.ServicePlanView.class),
                    examples = @ExampleObject(name = "premium", value = """
                            {"clientId":"C001","tier":"PREMIUM","labels":{"zh":"卓越服务","en":"Premium service"},
                             "promisedServices":[{"code":"ADVISOR_SERVICE","zh":"投资顾问服务","en":"Investment advisory service"}],
                             "contactEveryDays":7,"firstClassifiedOn":"2026-01-05","lastContactAt":"2026-03-02T02:00:00Z",
                             "nextContactDue":"2026-03-09","overdueDays":11,"neglectFlagged":false}""")))
    @APIResponse(responseCode = "404", description = "the client has never been classified")
    public ServicePlanQueries.ServicePlanView servicePlan(@PathParam("clientId") String clientId) {
        return queries.servicePlan(clientId);
    }

    @GET
    @Path("/contacts/due")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listContactsDue",
            summary = "Classified clients due for a contact today or earlier, most overdue first")
    @APIResponse(responseCode = "200", description = "a page of clients due",
            content = @Content(schema = @Schema(implementation = DuePage.class)))
    public Page<ServicePlanQueries.DueContact> contactsDue(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PREMIUM", "VALUE_ADDED", "BASIC"}))
            @QueryParam("tier") String tier, @QueryParam("page") String page, @QueryParam("size") String size) {
        return queries.due(tier, PageRequest.parse(page, size));
    }

    @POST
    @Path("/admin/neglect-scan")
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "runNeglectScan", summary = "Run the daily neglect scan now")
    @APIResponse(responseCode = "200", description = "the classified clients looked at and the NEGLECT signals raised",
            content = @Content(schema = @Schema(implementation = NeglectScanner.ScanResult.class),
                    examples = @ExampleObject(name = "scan", value = "{\"scanned\":412,\"raised\":3}")))
    public NeglectScanner.ScanResult neglectScan() {
        return scanner.scanForCaller();
    }

    /** A page of clients due (for the OpenAPI schema). */
    @Schema(name = "DueContactPage")
    public record DuePage(List<ServicePlanQueries.DueContact> items, int page, int size, long total) {
    }
}
