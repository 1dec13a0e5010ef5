package dev.kehu.retention.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.testsupport.decider.DeciderScenario;

/**
 * A campaign member's status machine as a table: from a status, a command, to a status
 * (docs/domain.md#reactivation).
 */
class MemberDeciderTest {

    // a campaign running 04-01 … 04-30, watched 30 days more, until 05-30
    static final MemberDecider CAMPAIGN = new MemberDecider(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 30));
    static final DeciderScenario<MemberDecider.State, MemberDecider.Command, MemberDecider.Event> MEMBER =
            DeciderScenario.of(CAMPAIGN::initialState, CAMPAIGN::evolve, CAMPAIGN::decide);
    static final Instant CONTACT = Instant.parse("2026-04-03T02:00:00Z");

    static MemberDecider.Command command(String kind, String arg) {
        return switch (kind) {
            case "contact" -> new MemberDecider.Contact(CONTACT);
            case "static" -> new MemberDecider.SegmentChange("STATIC", LocalDate.parse(arg));
            case "stable" -> new MemberDecider.SegmentChange("STABLE", LocalDate.parse(arg));
            case "short" -> new MemberDecider.SegmentChange("SHORT_TERM", LocalDate.parse(arg));
            case "today" -> new MemberDecider.Today(LocalDate.parse(arg));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The events that bring a member to the status. */
    static MemberDecider.Event[] history(MemberStatus status) {
        return switch (status) {
            case PENDING -> new MemberDecider.Event[0];
            case CONTACTED -> new MemberDecider.Event[] {new MemberDecider.Contacted(CONTACT)};
            case REACTIVATED -> new MemberDecider.Event[] {new MemberDecider.Reactivated(LocalDate.of(2026, 4, 10))};
            case NOT_REACTIVATED -> new MemberDecider.Event[] {new MemberDecider.NotReactivated(CAMPAIGN.watchUntil())};
        };
    }

    static MemberDecider.State stateAt(MemberStatus status) {
        MemberDecider.State state = CAMPAIGN.initialState();
        for (MemberDecider.Event e : history(status)) {
            state = CAMPAIGN.evolve(state, e);
        }
        assertEquals(status, state.status(), "the history leads to the status");
        return state;
    }

    @ParameterizedTest(name = "{0} + {1} {2} → {3}")
    @CsvSource({
            // from,            command, argument,   to
            "PENDING,           contact, -,          CONTACTED",
            "CONTACTED,         contact, -,          CONTACTED",
            "CONTACTED,         stable,  2026-04-15, REACTIVATED",
            "CONTACTED,         short,   2026-04-01, REACTIVATED",      // the first day counts
            "CONTACTED,         stable,  2026-05-30, REACTIVATED",      // the last watched day counts
            "CONTACTED,         stable,  2026-05-31, CONTACTED",        // after the watch: too late
            "CONTACTED,         stable,  2026-03-31, CONTACTED",        // before the start: not the campaign's doing
            "CONTACTED,         static,  2026-04-15, CONTACTED",        // still STATIC (e.g. a size change)
            "PENDING,           stable,  2026-04-15, REACTIVATED",      // reactivated without a contact
            "PENDING,           today,   2026-05-30, PENDING",          // the watch's last day: still open
            "PENDING,           today,   2026-05-31, NOT_REACTIVATED",
            "CONTACTED,         today,   2026-05-31, NOT_REACTIVATED",
            "REACTIVATED,       today,   2026-07-01, REACTIVATED",      // final
            "REACTIVATED,       contact, -,          REACTIVATED",
            "NOT_REACTIVATED,   stable,  2026-05-20, NOT_REACTIVATED",  // final, even for a late message
            "NOT_REACTIVATED,   contact, -,          NOT_REACTIVATED",
    })
    void theStatusMoves(MemberStatus from, String kind, String arg, MemberStatus to) {
        var then = MEMBER.given(history(from)).when(command(kind, arg));
        then.thenState(s -> assertEquals(to, s.status()));
        // a status that stays was not moved: nothing is decided, so a replay adds nothing
        assertEquals(from == to ? 0 : 1, then.events().size());
        // the campaign projection moves its rows with apply: the same answer as deciding and evolving
        assertEquals(then.state(), CAMPAIGN.apply(stateAt(from), command(kind, arg)));
    }

    @ParameterizedTest(name = "contact then {0} {1}: contactedAt kept, reactivatedOn {2}")
    @CsvSource(nullValues = "-", value = {"stable, 2026-04-15, 2026-04-15", "today, 2026-06-01, -"})
    void theDatesAreKept(String kind, String arg, LocalDate reactivatedOn) {
        MEMBER.when(new MemberDecider.Contact(CONTACT)).then(new MemberDecider.Contacted(CONTACT));
        MEMBER.given(new MemberDecider.Contacted(CONTACT)).when(command(kind, arg)).thenState(s -> {
            assertEquals(CONTACT, s.contactedAt());
            assertEquals(reactivatedOn, s.reactivatedOn());
        });
    }
}
