package dev.kehu.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kehu.console.auth.SessionStore;

/** The sessions' rules on a clock the test moves: an hour's token, renewed while used, gone on sign-out. */
class SessionStoreTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final MovingClock clock = new MovingClock();
    final List<Instant> minted = new ArrayList<>();
    final SessionStore store = new SessionStore(clock, Duration.ofMinutes(60), Duration.ofHours(12), 3, (name, role, expires) -> {
        minted.add(expires);
        return name + "/" + role + "/" + expires;
    });

    @Test
    void theTokenLivesAnHourAndIsRenewedWhileTheSessionIsUsed() {
        SessionStore.Entry s = store.start("advisor", "王芳");
        assertThat(s.tokenExpires()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
        assertThat(s.id()).hasSizeGreaterThanOrEqualTo(43); // 256 random bits

        clock.now = T0.plus(Duration.ofMinutes(20));
        assertThat(store.find(s.id()).orElseThrow().token()).as("young enough: the same token").isEqualTo(s.token());

        clock.now = T0.plus(Duration.ofMinutes(45));
        SessionStore.Entry renewed = store.find(s.id()).orElseThrow();
        assertThat(renewed.tokenExpires()).isEqualTo(clock.now.plus(Duration.ofMinutes(60)));
        assertThat(renewed.token()).isNotEqualTo(s.token());
        assertThat(Duration.between(clock.now, renewed.tokenExpires())).isLessThanOrEqualTo(Duration.ofHours(1));

        clock.now = renewed.tokenExpires().minusSeconds(10);
        assertThat(store.find(s.id())).as("unused until its token was about to expire: over").isEmpty();
    }

    @Test
    void signingOutEndsTheSessionAndAnUnknownIdFindsNothing() {
        SessionStore.Entry s = store.start("manager", "李");
        store.end(s.id());
        assertThat(store.find(s.id())).isEmpty();
        assertThat(store.find("forged")).isEmpty();
        assertThat(store.find(null)).isEmpty();
    }

    @Test
    void aSessionEndsAtItsLongestLifeHoweverBusy() {
        SessionStore.Entry s = store.start("advisor", "a");
        for (int minutes = 40; minutes < 12 * 60; minutes += 40) {
            clock.now = T0.plus(Duration.ofMinutes(minutes));
            assertThat(store.find(s.id())).as("used every 40 minutes, at %d", minutes).isPresent();
        }
        clock.now = T0.plus(Duration.ofHours(12));
        assertThat(store.find(s.id())).isEmpty();
    }

    @Test
    void pastItsCapacityTheSessionIdleLongestGoes() {
        SessionStore.Entry first = store.start("advisor", "a");
        clock.now = T0.plus(Duration.ofMinutes(1));
        SessionStore.Entry second = store.start("advisor", "b");
        SessionStore.Entry third = store.start("advisor", "c");
        store.start("advisor", "d");
        assertThat(store.find(first.id())).isEmpty();
        assertThat(store.find(second.id())).isPresent();
        assertThat(store.find(third.id())).isPresent();
    }

    @Test
    void tokensOfMoreThanAnHourAreRefused() {
        assertThatThrownBy(() -> new SessionStore(clock, Duration.ofMinutes(61), Duration.ofHours(12), 10, (n, r, e) -> ""))
                .hasMessageContaining("kehu.console.token-minutes");
    }
}
