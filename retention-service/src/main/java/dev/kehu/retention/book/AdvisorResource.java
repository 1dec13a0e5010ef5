package dev.kehu.retention.book;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.retention.domain.client.AdvisorId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The advisor's book: who is responsible for a client, and an advisor's clients (docs/domain.md#advisor-book). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "book", description = "The advisor's book, reminders (策略提醒) and the advisor's next actions")
public class AdvisorResource {

    /** The example of a book entry: the answer of an assignment and of a read of the client's advisor. */
    static final String BOOK_ENTRY = """
            {"clientId":"C001","advisorId":"ann","assignedBy":"max","assignedAt":"2026-03-20T07:05:12Z",
             "segment":"LARGE_STABLE","tier":"PREMIUM"}""";

    @Inject
    AdvisorService service;

    @Inject
    BookQueries queries;

    @Inject
    AdvisorIds advisors;

    /** The body of {@code PUT /clients/{clientId}/advisor}. */
    @Schema(name = "AdvisorAssignment", description = "The client's responsible advisor")
    public record Assignment(
            @Schema(required = true, example = "ann", pattern = AdvisorId.PATTERN)
            @NotBlank @Pattern(regexp = AdvisorId.PATTERN, message = AdvisorId.RULE)
            String advisorId) {
    }

    @PUT
    @Path("/clients/{clientId}/advisor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "assignAdvisor", summary = "Put the client in an advisor's book (manager)")
    @APIResponse(responseCode = "200", description = "the client's responsible advisor now",
            content = @Content(schema = @Schema(implementation = BookQueries.BookEntry.class),
                    examples = @ExampleObject(name = "assigned", value = BOOK_ENTRY)))
    @APIResponse(responseCode = "404", description = "the retention service knows no such client")
    public BookQueries.BookEntry assign(@PathParam("clientId") String clientId, @NotNull @Valid Assignment body) {
        return service.assign(clientId, body.advisorId());
    }

    @GET
    @Path("/clients/{clientId}/advisor")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getClientAdvisor", summary = "The client's responsible advisor (whose book it is in)")
    @APIResponse(responseCode = "200", description = "the client's responsible advisor",
            content = @Content(schema = @Schema(implementation = BookQueries.BookEntry.class),
                    examples = @ExampleObject(name = "in a book", value = BOOK_ENTRY)))
    @APIResponse(responseCode = "404", description = "the client is in no advisor's book (or is unknown)")
    public BookQueries.BookEntry advisorOf(@PathParam("clientId") String clientId) {
        // staff read every client (docs/contract.md#roles); a client token has no business here
        return queries.advisorOf(clientId).orElseThrow(
                () -> ProblemException.notFound("client " + clientId + " is in no advisor's book"));
    }

    @GET
    @Path("/advisors/{advisorId}/clients")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listAdvisorClients",
            summary = "The advisor's book: its clients by id (an advisor may ask only for itself)")
    @APIResponse(responseCode = "200", description = "a page of the advisor's clients",
            content = @Content(schema = @Schema(implementation = BookPage.class)))
    @APIResponse(responseCode = "403", description = "an advisor asked for another advisor's book")
    public Page<BookQueries.BookEntry> clients(
            @Parameter(description = "an advisor's id, or me for the caller") @PathParam("advisorId") String advisorId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        return queries.clientsOf(advisors.readable("advisorId", advisorId), paging);
    }

    /** A page of a book (for the OpenAPI schema). */
    @Schema(name = "BookPage")
    public record BookPage(List<BookQueries.BookEntry> items, int page, int size, long total) {
    }
}
