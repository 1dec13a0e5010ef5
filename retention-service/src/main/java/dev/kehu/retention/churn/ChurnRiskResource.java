package dev.kehu.retention.churn;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Churn risk, of one client and across clients, for staff (docs/domain.md#churn-risk). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
@Tag(name = "churn", description = "Churn risk per client and across clients, outcomes, reactivation candidates")
public class ChurnRiskResource {

    @Inject
    ChurnRiskQueries risks;

    /** The risk as of {@code asOf} (RFC 3339, default now): the trailing window ends there. */
    @GET
    @Path("/clients/{clientId}/churn-risk")
    @Operation(operationId = "getChurnRisk", summary = "A client's churn risk, with every number explained")
    @APIResponse(responseCode = "200", description = "the risk at asOf",
            content = @Content(schema = @Schema(implementation = ChurnRiskQueries.ChurnRisk.class),
                    examples = @ExampleObject(name = "high", value = """
                            {"clientId":"C001","riskScore":65,"riskLevel":"HIGH","asOf":"2026-03-21T02:00:00Z",
                             "windowStart":"2026-02-19T02:00:00Z","uncappedScore":65,"scoreCap":100,"alertScore":50,
                             "explanation":"2 signal(s) … weigh 65: score 65 is HIGH; an alert is raised from 50",
                             "signals":[{"signalId":"9b…","kind":"ASSET_OUTFLOW","occurredAt":"2026-03-20T07:00:00Z",
                                         "weight":40,"detail":"total assets fell 42% …"}],"openTaskId":"5d0e…"}""")))
    @APIResponse(responseCode = "404", description = "the service knows no such client")
    public ChurnRiskQueries.ChurnRisk churnRisk(@PathParam("clientId") String clientId,
                                                @Parameter(description = "RFC 3339; default now")
                                                @QueryParam("asOf") String asOf) {
        return risks.churnRisk(clientId, asOf);
    }

    @GET
    @Path("/churn-risks")
    @Operation(operationId = "listChurnRisks",
            summary = "Every client with a signal in the window, highest score first (below the alert line too)")
    @APIResponse(responseCode = "200", description = "a page of clients and their risk now",
            content = @Content(schema = @Schema(implementation = ChurnRiskPage.class)))
    public Page<ChurnRiskQueries.ChurnRiskRow> churnRisks(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"}))
            @QueryParam("level") String level,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100"))
            @QueryParam("minScore") String minScore, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return risks.list(level, minScore, PageRequest.parse(page, size));
    }

    /** A page of churn risks (for the OpenAPI schema). */
    @Schema(name = "ChurnRiskPage")
    public record ChurnRiskPage(List<ChurnRiskQueries.ChurnRiskRow> items, int page, int size, long total) {
    }
}
