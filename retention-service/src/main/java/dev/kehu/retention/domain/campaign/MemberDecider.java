package dev.kehu.retention.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kehu.eventstore.Decider;

/**
 * A campaign member's status machine (docs/domain.md#reactivation), for one campaign's window: PENDING → CONTACTED on a
 * contact for the campaign; PENDING or CONTACTED → REACTIVATED on a segment change whose activity is
 * no longer STATIC with its {@code asOf} from {@code startsOn} to {@code watchUntil} (the end plus the
 * grace days); → NOT_REACTIVATED once the watch is over without one. REACTIVATED and NOT_REACTIVATED
 * are final. A member reactivated without a contact counts as reactivated (the campaign's offer may
 * have reached it another way); its {@code contactedAt} stays empty.
 */
public record MemberDecider(LocalDate startsOn, LocalDate watchUntil)
        implements Decider<MemberDecider.State, MemberDecider.Command, MemberDecider.Event> {

    public record State(MemberStatus status, Instant contactedAt, LocalDate reactivatedOn) {
        public static final State PENDING = new State(MemberStatus.PENDING, null, null);
    }

    public sealed interface Command {
    }

    /** A contact recorded with this campaign's id. */
    public record Contact(Instant occurredAt) implements Command {
    }

    /** A segment change of the member's client. */
    public record SegmentChange(String activity, LocalDate asOf) implements Command {
    }

    /** The day it is now: after the watch, a member not reactivated never will be. */
    public record Today(LocalDate today) implements Command {
    }

    public sealed interface Event {
    }

    public record Contacted(Instant at) implements Event {
    }

    public record Reactivated(LocalDate on) implements Event {
    }

    public record NotReactivated(LocalDate after) implements Event {
    }

    @Override
    public State initialState() {
        return State.PENDING;
    }

    @Override
    public State evolve(State s, Event e) {
        if (e instanceof Contacted c) {
            return new State(MemberStatus.CONTACTED, c.at(), s.reactivatedOn());
        }
        if (e instanceof Reactivated r) {
            return new State(MemberStatus.REACTIVATED, s.contactedAt(), r.on());
        }
        return new State(MemberStatus.NOT_REACTIVATED, s.contactedAt(), null);
    }

    @Override
    public List<Event> decide(Command command, State s) {
        if (s.status().isFinal()) {
            return List.of();
        }
        if (command instanceof Contact c) {
            return s.status() == MemberStatus.PENDING ? List.of(new Contacted(c.occurredAt())) : List.of();
        }
        if (command instanceof SegmentChange change) {
            boolean inWindow = !change.asOf().isBefore(startsOn) && !change.asOf().isAfter(watchUntil);
            return inWindow && !"STATIC".equals(change.activity()) ? List.of(new Reactivated(change.asOf()))
                    : List.of();
        }
        if (command instanceof Today t) {
            return t.today().isAfter(watchUntil) ? List.of(new NotReactivated(watchUntil)) : List.of();
        }
        throw new IllegalArgumentException("unknown member command " + command);
    }

    /** The state after one command. */
    public State apply(State s, Command command) {
        State out = s;
        for (Event e : decide(command, s)) {
            out = evolve(out, e);
        }
        return out;
    }
}
