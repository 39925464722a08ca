package io.p1vault.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks the freshly written temporary file before it replaces the target (a vault decrypts
 * it, run.properties reloads it). Throwing aborts the save: the temporary file is deleted and
 * the target is left as it was.
 */
@FunctionalInterface
public interface ReadBackCheck {
    void verify(Path writtenTempFile) throws IOException;
}
