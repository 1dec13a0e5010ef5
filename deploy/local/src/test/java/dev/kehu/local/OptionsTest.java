package dev.kehu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsToDotKehuInTheProjectAndPort5433() {
        Options o = Options.parse(List.of("up"), Map.of(), "/work/kehu");
        assertEquals(Path.of("/work/kehu/.kehu"), o.dataDir());
        assertEquals(5433, o.pgPort());
        assertFalse(o.fresh());
        assertFalse(o.infraOnly());
    }

    @Test
    void readsFlagsAndEnvironment() {
        Options o = Options.parse(List.of("up", "--fresh", "--infra-only"),
                Map.of("KEHU_DATA_DIR", "/tmp/k", "KEHU_PG_PORT", "6543"), "/work/kehu");
        assertEquals(Path.of("/tmp/k"), o.dataDir());
        assertEquals(6543, o.pgPort());
        assertTrue(o.fresh());
        assertTrue(o.infraOnly());
        assertEquals(Path.of("/tmp/k/postgres"), o.postgresDir());
        assertEquals(Path.of("/tmp/k/logs"), o.logDir());
    }

    @Test
    void dataDirOptionWinsOverTheEnvironment() {
        Options o = Options.parse(List.of("up", "--data-dir", "/srv/kehu"), Map.of("KEHU_DATA_DIR", "/tmp/k"), "/work/kehu");
        assertEquals(Path.of("/srv/kehu"), o.dataDir());
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("down"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--fast"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--data-dir"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up"), Map.of("KEHU_PG_PORT", "x"), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up"), Map.of("KEHU_PG_PORT", "70000"), "/w"));
    }
}
