package dev.kehu.console.api.profiling;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.kehu.console.api.Page;

/** profiling-service (docs/contract.md), called with the signed-in user's {@code Authorization} header. */
@RegisterRestClient(configKey = "profiling")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ProfilingApi {

    /** A questionnaire's answers by question id: a number or an option's code. */
    record Answers(Map<String, Object> answers) {
    }

    @GET
    @Path("/questionnaires/risk")
    Questionnaire questionnaire(@HeaderParam("Authorization") String bearer);

    @POST
    @Path("/clients/{clientId}/risk-assessments")
    Assessment assess(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId, Answers body);

    @GET
    @Path("/clients/{clientId}/profile")
    Profile profile(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/clients/{clientId}/suitability-checks")
    Page<SuitabilityCheck> suitabilityChecks(@HeaderParam("Authorization") String bearer,
            @PathParam("clientId") String clientId, @QueryParam("size") int size);

    /** A facet of the profile: {@code household}, {@code social-background}, {@code personality}, {@code investor-attitude}. */
    @PUT
    @Path("/clients/{clientId}/{facet}")
    Profile putFacet(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            @PathParam("facet") String facet, FacetRequests.Facet body);

    @POST
    @Path("/clients/{clientId}/suitability-checks")
    SuitabilityCheck checkSuitability(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            SuitabilityCheck.Request body);

    @POST
    @Path("/suitability-checks/{checkId}/acknowledgement")
    SuitabilityCheck acknowledge(@HeaderParam("Authorization") String bearer, @PathParam("checkId") String checkId,
            SuitabilityCheck.AcknowledgementRequest body);

    @GET
    @Path("/products")
    Page<Product> products(@HeaderParam("Authorization") String bearer, @QueryParam("size") int size);

    @GET
    @Path("/products/{productCode}")
    Product product(@HeaderParam("Authorization") String bearer, @PathParam("productCode") String productCode);

    @PUT
    @Path("/products/{productCode}")
    Product putProduct(@HeaderParam("Authorization") String bearer, @PathParam("productCode") String productCode,
            Product.Change body);

    @GET
    @Path("/profiles")
    Page<ProfileSummary> profiles(@HeaderParam("Authorization") String bearer,
            @QueryParam("riskCategory") String riskCategory, @QueryParam("size") int size);

    @GET
    @Path("/clients/{clientId}/recommendations")
    Recommendations recommendations(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/clients/{clientId}/service-needs")
    ServiceNeeds serviceNeeds(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/clients/{clientId}/service-needs/suggested")
    ServiceNeeds.Suggestion suggestedNeeds(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @PUT
    @Path("/clients/{clientId}/service-needs")
    ServiceNeeds putServiceNeeds(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            ServiceNeeds.Request body);
}
