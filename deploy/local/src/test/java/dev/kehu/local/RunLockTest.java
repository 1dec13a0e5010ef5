package dev.kehu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondRunOnTheSameFolderIsRefusedWithThePidOfTheFirst() throws Exception {
        try (RunLock first = RunLock.acquire(dataDir)) {
            KehuException refused = assertThrows(KehuException.class, () -> RunLock.acquire(dataDir));
            assertEquals(KehuException.ALREADY_RUNNING, refused.exitCode());
            assertTrue(refused.getMessage().contains("Kehu is already running (pid " + ProcessHandle.current().pid() + ")"),
                    refused.getMessage());
        }
        RunLock.acquire(dataDir).close(); // free again once the first is closed
    }
}
