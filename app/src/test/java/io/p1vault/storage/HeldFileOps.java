package io.p1vault.storage;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * File operations on an in-memory file system where another program (an antivirus scanner, the
 * indexer) holds one file for the first {@code failures} renames over it, failing them as Windows
 * does; an in-memory folder needs no sync, so that step does nothing.
 */
class HeldFileOps extends ForwardingFileOps {
    static final String SHARING_VIOLATION =
            "The process cannot access the file because it is being used by another process";

    private final Path held;
    private final int failures;
    private final IOException failure;
    private int attempts;

    /** Nothing is held. */
    HeldFileOps() {
        this(null, 0, null);
    }

    /** Renames over {@code held} fail {@code failures} times with Windows' sharing violation. */
    HeldFileOps(Path held, int failures) {
        this(held, failures, null);
    }

    /** As above, failing with {@code failure}. */
    HeldFileOps(Path held, int failures, IOException failure) {
        this.held = held;
        this.failures = failures;
        this.failure = failure;
    }

    @Override
    public void moveAtomically(Path source, Path target) throws IOException {
        if (target.equals(held) && ++attempts <= failures) {
            throw failure != null
                    ? failure
                    : new FileSystemException(source.toString(), target.toString(), SHARING_VIOLATION);
        }
        super.moveAtomically(source, target);
    }

    @Override
    public void syncDirectory(Path dir) {
        // nothing to make durable in memory
    }

    /** How often a rename over the held file was tried. */
    int attempts() {
        return attempts;
    }
}
