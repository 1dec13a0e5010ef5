package dev.kehu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeysTest {

    @Test
    void thePrivateKeyIsTheOwnersAloneInAFolderOnlyTheOwnerEnters(@TempDir Path data) throws Exception {
        Path keys = data.resolve("keys");
        LocalKeys.inDirectory(keys);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("private.pem"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("public.pem"))));
        assertFalse(Files.exists(keys.resolve("private.pem.new")), "no half-written file is left");
    }

    @Test
    void anExistingPairIsKeptNotMadeAgain(@TempDir Path data) throws Exception {
        Path keys = data.resolve("keys");
        LocalKeys.inDirectory(keys);
        String before = Files.readString(keys.resolve("private.pem"));
        LocalKeys.inDirectory(keys);
        assertEquals(before, Files.readString(keys.resolve("private.pem")), "tokens handed out earlier stay valid");
    }
}
