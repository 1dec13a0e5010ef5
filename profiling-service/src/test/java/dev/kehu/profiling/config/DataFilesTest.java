package dev.kehu.profiling.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kehu.profiling.domain.questionnaire.Questionnaire;

/** A branch publishes a questionnaire version by dropping a file in the data directory: no code change. */
class DataFilesTest {

    @TempDir
    Path dir;

    @Test
    void aVersionInTheDirectoryIsLoadedBesideTheBuiltInOnes() throws Exception {
        String v1 = new String(DataFiles.class.getClassLoader().getResourceAsStream("questionnaires/risk-v1.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String v2 = v1.replace("\"version\": \"v1\"", "\"version\": \"v2\"")
                .replace("\"code\": \"STABLE_INCOME\",\n          \"points\": 10", "\"code\": \"STABLE_INCOME\",\n          \"points\": 9");
        Files.writeString(dir.resolve("risk-v2.json"), v2);

        Questionnaire published = DataFiles.load(Optional.of(dir), "risk", "v2", Questionnaire.class).check();
        assertEquals("v2", published.version());
        assertEquals(9, published.question("employment").orElseThrow().points("STABLE_INCOME"));
        assertEquals(10, DataFiles.load(Optional.of(dir), "risk", "v1", Questionnaire.class).question("employment")
                .orElseThrow().points("STABLE_INCOME"), "v1 still comes from the built-in file");
    }

    @Test
    void unknownVersionsAndPathTricksAreRefused() {
        assertThrows(IllegalStateException.class, () -> DataFiles.builtIn("risk", "v99", Questionnaire.class));
        assertThrows(IllegalArgumentException.class, () -> DataFiles.builtIn("risk", "../x", Questionnaire.class));
    }
}
