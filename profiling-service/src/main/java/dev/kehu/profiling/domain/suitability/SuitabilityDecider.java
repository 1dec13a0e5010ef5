package dev.kehu.profiling.domain.suitability;

import java.util.List;

import dev.kehu.eventstore.Decider;
import dev.kehu.profiling.domain.suitability.SuitabilityCommand.Acknowledge;
import dev.kehu.profiling.domain.suitability.SuitabilityCommand.Check;
import dev.kehu.profiling.domain.suitability.SuitabilityEvent.Acknowledged;
import dev.kehu.profiling.domain.suitability.SuitabilityEvent.Checked;

/** A check is decided once by {@link SuitabilityRule}; only a MISMATCH is acknowledged, and only once. */
public final class SuitabilityDecider implements Decider<SuitabilityCheck, SuitabilityCommand, SuitabilityEvent> {

    public static final SuitabilityDecider INSTANCE = new SuitabilityDecider();

    private SuitabilityDecider() {
    }

    public static String streamId(java.util.UUID checkId) {
        return "suitability-check-" + checkId;
    }

    @Override
    public SuitabilityCheck initialState() {
        return SuitabilityCheck.NONE;
    }

    @Override
    public SuitabilityCheck evolve(SuitabilityCheck state, SuitabilityEvent event) {
        long v = state.version() + 1;
        if (event instanceof Checked c) {
            return new SuitabilityCheck(c, state.acknowledged(), v);
        }
        return new SuitabilityCheck(state.checked(), (Acknowledged) event, v);
    }

    @Override
    public List<SuitabilityEvent> decide(SuitabilityCommand command, SuitabilityCheck state) {
        if (command instanceof Check c) {
            if (state.exists()) {
                throw new SuitabilityConflict("check " + c.checkId() + " was already decided");
            }
            SuitabilityRule.Decision d = SuitabilityRule.decide(c.assessment(), c.productRiskLevel(), c.now());
            AssessmentFacts a = c.assessment();
            return List.of(new Checked(c.checkId(), c.clientId(), c.productCode(), c.productRiskLevel(),
                    a == null ? null : a.category(), a != null && a.lowest(), a == null ? null : a.assessmentId(),
                    a == null ? null : a.questionnaireVersion(), d.result(), c.texts().of(d.warnings()),
                    d.acknowledgementRequired(), c.now()));
        }
        Acknowledge a = (Acknowledge) command;
        if (!state.exists()) {
            throw new IllegalStateException("no check to acknowledge");
        }
        if (state.checked().result() != SuitabilityResult.MISMATCH) {
            throw new SuitabilityConflict("only a MISMATCH is acknowledged; this check is "
                    + state.checked().result());
        }
        if (state.acknowledged() != null) {
            throw new SuitabilityConflict("this check was already acknowledged at "
                    + state.acknowledged().acknowledgedAt());
        }
        Checked c = state.checked();
        return List.of(new Acknowledged(c.checkId(), c.clientId(), c.productCode(), a.channel(), a.statement(), a.by(),
                a.now()));
    }
}
