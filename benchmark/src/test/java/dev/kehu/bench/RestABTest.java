package dev.kehu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class RestABTest {

    @Test
    void optionsTakeTheirValueAndEveryOtherArgumentIsACheckout() {
        RestAB.Args a = RestAB.Args.parse(new String[] {"--rounds", "6", "/tmp/a", "--open", "150", "/tmp/b"});
        assertEquals(6, a.rounds());
        assertEquals(150, a.openRate());
        assertEquals(20, a.seconds(), "default step");
        assertEquals(45, a.warmSeconds(), "default warm-up");
        assertEquals(List.of(Path.of("/tmp/a"), Path.of("/tmp/b")), a.homes());
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> RestAB.Args.parse(new String[] {"--round", "6"}));
        assertTrue(e.getMessage().contains("unknown option --round"), e.getMessage());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(3.0, RestAB.median(new double[] {1, 3, 9}));
        assertEquals(273.0, RestAB.median(new double[] {216, 258, 288, 312}));
    }
}
