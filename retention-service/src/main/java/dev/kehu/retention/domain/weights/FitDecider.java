package dev.kehu.retention.domain.weights;

import java.util.List;

import dev.kehu.eventstore.StateDecider;

/** A fit's stream: it ends once, completed or failed (docs/domain.md#learned-weights). */
public final class FitDecider extends StateDecider<ChurnModelEvent, ChurnModelEvent, ChurnModelEvent> {

    public static final FitDecider INSTANCE = new FitDecider();

    private FitDecider() {
        super(null, (state, event) -> event);
    }

    public static String streamId(String fitId) {
        return "churn-fit-" + fitId;
    }

    /** The command is the fit's end itself; a fit that has ended does not end again. */
    @Override
    public List<ChurnModelEvent> decide(ChurnModelEvent end, ChurnModelEvent state) {
        if (state != null) {
            throw new IllegalStateException("fit already ended");
        }
        if (!(end instanceof ChurnModelEvent.FitCompleted) && !(end instanceof ChurnModelEvent.FitFailed)) {
            throw new IllegalArgumentException("a fit ends completed or failed");
        }
        return List.of(end);
    }
}
