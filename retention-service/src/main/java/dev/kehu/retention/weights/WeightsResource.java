package dev.kehu.retention.weights;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.runtime.Db;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.weights.WeightHistory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signal weights in force and every version before (docs/domain.md#learned-weights). */
@Path("/api/v1/churn-weights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "churn", description = "Churn signals, risk and the learned weights")
public class WeightsResource {

    /** One weight set: version 1 is the configured one (no fit, no adopter). */
    @Schema(name = "WeightVersion")
    public record VersionView(int version, Map<SignalKind, Integer> weights, String fitId, String adoptedBy,
                              Instant adoptedAt) {
        static VersionView of(WeightHistory.Version v) {
            return new VersionView(v.version(), v.weights(), v.fitId(), v.adoptedBy(), v.adoptedAt());
        }
    }

    /** The version in force, and the history newest first. */
    @Schema(name = "ChurnWeights")
    public record WeightsView(int version, Map<SignalKind, Integer> weights, String fitId, String adoptedBy,
                              Instant adoptedAt, List<VersionView> history) {
        public static WeightsView of(WeightHistory h) {
            WeightHistory.Version now = h.inForce();
            List<VersionView> history = h.versions().stream().map(VersionView::of)
                    .sorted((a, b) -> Integer.compare(b.version(), a.version())).toList();
            return new WeightsView(now.version(), now.weights(), now.fitId(), now.adoptedBy(), now.adoptedAt(),
                    history);
        }
    }

    private final Db db;
    private final WeightsInForce weights;

    public WeightsResource(Db db, WeightsInForce weights) {
        this.db = db;
        this.weights = weights;
    }

    @GET
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getChurnWeights", summary = "The signal weights in force and their history, newest first")
    @APIResponse(responseCode = "200", description = "version 1 is the configured set; each adoption the next",
            content = @Content(schema = @Schema(implementation = WeightsView.class)))
    public WeightsView get() {
        return WeightsView.of(db.call(weights::history));
    }
}
