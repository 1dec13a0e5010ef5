package dev.kehu.profiling.questionnaire;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;
import dev.kehu.profiling.domain.survey.Servqual;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The questionnaires in force, as data the front-ends render (docs/contract.md#rest-conventions): everyone signed in reads them. */
@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
@Tag(name = "questionnaires", description = "The versioned questionnaires")
public class QuestionnaireResource {

    @Inject
    RiskQuestionnaires risk;

    @Inject
    Servqual servqual;

    @GET
    @Path("/risk")
    @Operation(operationId = "getRiskQuestionnaire", summary = "The risk questionnaire in force")
    public Questionnaire risk() {
        return risk.current();
    }

    /** A published version by name, to show the questions an older assessment answered. */
    @GET
    @Path("/risk/{version}")
    @Operation(operationId = "getRiskQuestionnaireVersion", summary = "A published risk questionnaire version")
    public Questionnaire riskVersion(@PathParam("version") String version) {
        return risk.version(version).orElseThrow(() -> ProblemException.notFound("no risk questionnaire " + version));
    }

    @GET
    @Path("/servqual")
    @Operation(operationId = "getServqualQuestionnaire", summary = "The SERVQUAL item set in force")
    public Servqual servqual() {
        return servqual;
    }
}
