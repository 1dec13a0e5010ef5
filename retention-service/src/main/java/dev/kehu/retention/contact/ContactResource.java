package dev.kehu.retention.contact;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The client's contact log: record a contact, read them back (docs/domain.md#service-plans). */
@Path("/api/v1/clients/{clientId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "service")
public class ContactResource {

    @Inject
    ContactService contacts;

    @Inject
    ContactQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Operation(operationId = "recordContact", summary = "Record a contact with the client (who recorded it is kept)")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(schema = @Schema(implementation = ContactQueries.ContactView.class),
                    examples = @ExampleObject(name = "call", value = """
                            {"contactId":"0b6f…","clientId":"C001","channel":"PHONE","direction":"OUTBOUND",
                             "purpose":"SERVICE_REVIEW","occurredAt":"2026-03-20T07:00:00Z","notes":"quarterly review",
                             "campaignId":null,"taskId":null,"recordedBy":"ann","recordedAt":"2026-03-20T07:05:12Z",
                             "reminderContent":"PORTFOLIO_REVIEW"}""")))
    @APIResponse(responseCode = "404", description = "the retention service knows no such client")
    public Response recordContact(@PathParam("clientId") String clientId,
                                  @NotNull @Valid ContactRequest body) {
        ContactQueries.ContactView view = contacts.record(clientId, body);
        return Response.created(URI.create("/api/v1/clients/" + clientId + "/contacts")).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listContacts", summary = "The client's contacts, newest first")
    @APIResponse(responseCode = "200", description = "a page of contacts",
            content = @Content(schema = @Schema(implementation = ContactPage.class)))
    public Page<ContactQueries.ContactView> listContacts(@PathParam("clientId") String clientId,
                                                         @QueryParam("page") String page,
                                                         @QueryParam("size") String size) {
        return queries.contacts(clientId, PageRequest.parse(page, size));
    }

    /** A page of contacts (for the OpenAPI schema). */
    @Schema(name = "ContactPage")
    public record ContactPage(List<ContactQueries.ContactView> items, int page, int size, long total) {
    }
}
