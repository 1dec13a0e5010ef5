package dev.kehu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CoresTest {

    @ParameterizedTest(name = "{0} cores: service {1}, harness {2}, all {3}")
    @CsvSource({"2, 0, 1, 0-1", "3, 0, 1-2, 0-2", "4, 0-1, 2-3, 0-3", "8, 0-3, 4-7, 0-7"})
    void theServiceTakesTheFirstHalfAndTheHarnessTheRest(int n, String service, String harness, String all) {
        assertEquals(new Cores(service, harness, all), Cores.of(n));
    }

    @Test
    void oneCoreCannotBeSplit() {
        assertNull(Cores.of(1));
    }

    @Test
    void thePostmasterIsFoundByThePortAfterItsDashP() {
        assertTrue(Cores.listens(List.of("-D", "/tmp/pg", "-p", "5433", "-F"), 5433));
        assertFalse(Cores.listens(List.of("-D", "/tmp/5433", "-p", "5434"), 5433), "the port after -p, not anywhere");
        assertFalse(Cores.listens(List.of("-D", "/tmp/pg", "-p"), 5433));
        assertFalse(Cores.listens(List.of("-D", "/tmp/pg"), 5433));
    }

    @Test
    void splitCoresIsOffUnlessAsked() {
        assertFalse(Options.parse(new String[] {"--only", "overload"}).splitCores());
        Options o = Options.parse(new String[] {"--split-cores", "--only", "overload", "--overload-seconds", "5"});
        assertTrue(o.splitCores());
        assertEquals(5, o.overloadDuration().toSeconds(), "the options after it keep their values");
    }
}
