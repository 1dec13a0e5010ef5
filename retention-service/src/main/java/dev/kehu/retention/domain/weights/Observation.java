package dev.kehu.retention.domain.weights;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.kehu.retention.domain.signal.SignalKind;

/**
 * One observation point of the learned weights (docs/domain.md#learned-weights): a client on a day with a
 * signal, which signal kinds it had raised in the window before {@code at} (a bit per {@link SignalKind}
 * ordinal), and whether it churned within the horizon after.
 */
public record Observation(String clientId, Instant at, int features, boolean churned) {

    public static int bit(SignalKind kind) {
        return 1 << kind.ordinal();
    }

    public boolean has(SignalKind kind) {
        return (features & bit(kind)) != 0;
    }

    public Set<SignalKind> kinds() {
        Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
        for (SignalKind k : SignalKind.values()) {
            if (has(k)) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    public static int features(Set<SignalKind> kinds) {
        int f = 0;
        for (SignalKind k : kinds) {
            f |= bit(k);
        }
        return f;
    }
}
