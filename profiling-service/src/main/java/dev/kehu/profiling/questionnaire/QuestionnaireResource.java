package dev.kehu.profiling.questionnaire;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.profiling.survey.Servqual;
import dev.kehu.profiling.survey.ServqualSurveys;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The questionnaires in force, as data the front-ends render (SPEC §5). */
@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    private final RiskQuestionnaires risk;
    private final ServqualSurveys servqual;

    public QuestionnaireResource(RiskQuestionnaires risk, ServqualSurveys servqual) {
        this.risk = risk;
        this.servqual = servqual;
    }

    @GET
    @Path("/risk")
    public Questionnaire risk() {
        return risk.current();
    }

    /** A published version by name, to show the questions an older assessment answered. */
    @GET
    @Path("/risk/{version}")
    public Questionnaire riskVersion(@PathParam("version") String version) {
        return risk.version(version).orElseThrow(() -> ProblemException.notFound("no risk questionnaire " + version));
    }

    @GET
    @Path("/servqual")
    public Servqual servqual() {
        return servqual.current();
    }
}
