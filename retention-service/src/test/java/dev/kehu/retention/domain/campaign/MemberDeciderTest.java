package dev.kehu.retention.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A campaign member's status machine as a table: from a status, a command, to a status
 * (docs/domain.md#reactivation).
 */
class MemberDeciderTest {

    // a campaign running 04-01 … 04-30, watched 30 days more, until 05-30
    static final MemberDecider CAMPAIGN = new MemberDecider(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 30));
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
        MemberDecider.State state = new MemberDecider.State(from, null, null);
        assertEquals(to, CAMPAIGN.apply(state, command(kind, arg)).status());
    }

    @ParameterizedTest(name = "contact then {0} {1}: contactedAt kept, reactivatedOn {2}")
    @CsvSource(nullValues = "-", value = {"stable, 2026-04-15, 2026-04-15", "today, 2026-06-01, -"})
    void theDatesAreKept(String kind, String arg, LocalDate reactivatedOn) {
        MemberDecider.State s = CAMPAIGN.apply(MemberDecider.State.PENDING, new MemberDecider.Contact(CONTACT));
        s = CAMPAIGN.apply(s, command(kind, arg));
        assertEquals(CONTACT, s.contactedAt());
        assertEquals(reactivatedOn, s.reactivatedOn());
    }
}
