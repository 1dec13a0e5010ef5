package dev.kehu.profiling.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.client.ClientProfiles;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.config.WallClock;
import dev.kehu.profiling.config.Codes;
import dev.kehu.profiling.config.EventRows;
import dev.kehu.profiling.domain.profile.LifeCycleStage;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** docs/contract.md#rest-paths-per-service: the profiles of the branch, filtered, paged and sorted, read from {@code client_profile} through Panache. */
@Path("/api/v1/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "profiles", description = "Client profiles: risk, facets, the profile list")
public class ProfileListResource {

    /** {@code sort} values (a leading {@code -} sorts descending) → entity fields. */
    static final Map<String, String> SORTS = Map.of("clientId", "clientId", "riskCategory", "riskCategory",
            "validUntil", "validUntil", "updatedAt", "updatedAt");

    @Inject
    ClientProfiles profiles;

    @Inject
    EventRows json;

    @Inject
    WallClock clock;

    @GET
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listProfiles", summary = "Client profiles by risk category, bands, life stage, "
            + "personality, consistency and assessment due")
    public Page<ProfileSummary> list(@QueryParam("riskCategory") String riskCategory,
                                     @QueryParam("capacityBand") String capacityBand,
                                     @QueryParam("attitudeBand") String attitudeBand,
                                     @QueryParam("lifeStage") String lifeStage,
                                     @QueryParam("personality") String personality,
                                     @QueryParam("consistency") String consistency,
                                     @QueryParam("assessmentDue") String assessmentDue,
                                     @QueryParam("sort") String sort,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filter(where, params, "riskCategory", Codes.filter(RiskCategory.class, "riskCategory", riskCategory));
        filter(where, params, "capacityBand", Codes.filter(Band.class, "capacityBand", capacityBand));
        filter(where, params, "attitudeBand", Codes.filter(Band.class, "attitudeBand", attitudeBand));
        filter(where, params, "lifeStage", Codes.filter(LifeCycleStage.class, "lifeStage", lifeStage));
        filter(where, params, "personality", Codes.filter(Personality.class, "personality", personality));
        filter(where, params, "consistency", Codes.filter(ConsistencyLevel.class, "consistency", consistency));
        Boolean due = Codes.flag("assessmentDue", assessmentDue);
        Instant now = clock.now();
        if (due != null) {
            where.add(due ? "validUntil <= :now" : "validUntil > :now");
            params.and("now", now);
        }
        Sort order = sort(sort);
        return EventRows.page(where.isEmpty() ? profiles.findAll(order)
                        : profiles.find(String.join(" and ", where), order, params), paging,
                r -> ProfileSummary.of(json.read(r.state, ClientProfile.class), now));
    }

    private static void filter(List<String> where, Parameters params, String field, Enum<?> value) {
        if (value != null) {
            where.add(field + " = :" + field);
            params.and(field, value.name());
        }
    }

    static Sort sort(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Sort.by("clientId");
        }
        boolean descending = raw.startsWith("-");
        String field = SORTS.get(descending ? raw.substring(1) : raw);
        if (field == null) {
            throw ProblemException.badRequest("sort", "must be one of " + SORTS.keySet() + ", '-' first to descend");
        }
        Sort s = descending ? Sort.descending(field) : Sort.ascending(field);
        return field.equals("clientId") ? s : s.and("clientId");
    }
}
