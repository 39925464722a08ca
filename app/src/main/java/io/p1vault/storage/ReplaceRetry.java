package io.p1vault.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.time.Duration;
import java.util.List;

/**
 * Retries a rename over a file another program holds open for a moment. On Windows an antivirus
 * scanner, the search indexer or a backup tool opening the vault right after a save makes the
 * rename fail with "access denied" or "being used by another process"; they let go within
 * milliseconds to a second. The waits are bounded (about two seconds in all), and a rename that
 * still fails is reported with what was tried, leaving the old file in place.
 */
final class ReplaceRetry {
    /** Waits between attempts: 2 s in all, short first (most holders let go at once). */
    static final ReplaceRetry DEFAULT = new ReplaceRetry(
            List.of(10, 20, 40, 80, 160, 320, 640, 730).stream()
                    .map(Duration::ofMillis)
                    .toList(),
            ReplaceRetry::sleep);

    /** Sleeps; tests record the waits instead. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A step that may fail because another program holds a file. */
    interface Step {
        void run() throws IOException;
    }

    private final List<Duration> waits;
    private final Sleeper sleeper;

    ReplaceRetry(List<Duration> waits, Sleeper sleeper) {
        this.waits = List.copyOf(waits);
        this.sleeper = sleeper;
    }

    List<Duration> waits() {
        return waits;
    }

    /**
     * Runs {@code step}, again after each wait while it fails as a held file does; then throws a
     * {@link FileSystemException} whose reason says how long it was tried (the last failure is its cause).
     */
    void run(Step step) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                step.run();
                return;
            } catch (IOException e) {
                if (!mayBeHeld(e)) {
                    throw e;
                }
                if (attempt == waits.size() || !pause(waits.get(attempt))) {
                    throw attempt == 0 ? e : stillHeld(e, attempt + 1);
                }
            }
        }
    }

    /**
     * Access denied, or a plain file-system error (Windows' sharing violation arrives as one);
     * not the subclasses that name a lasting state (no such file, file exists, not atomic, ...).
     */
    static boolean mayBeHeld(IOException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    private boolean pause(Duration wait) {
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private FileSystemException stillHeld(IOException last, int attempts) {
        long millis = waits.subList(0, attempts - 1).stream()
                .mapToLong(Duration::toMillis)
                .sum();
        FileSystemException e = new FileSystemException(
                null,
                null,
                IoErrors.reason(last) + ", " + attempts + " attempts over " + millis / 1000.0 + " s; another program"
                        + " (an antivirus, the search indexer or a backup tool) may be holding the file: try again");
        e.initCause(last);
        return e;
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
