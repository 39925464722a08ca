package io.p1vault.desktop;

import io.p1vault.storage.FileAccess;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The application's log: what its code writes through {@link System.Logger} (loggers named
 * {@code io.p1vault.*}, INFO and above) goes to {@value #FILE} in the given folder, in three
 * rotating files of at most 1 MiB. No secret is ever logged (the canary tests read the log).
 *
 * <p>Without a LoggerFinder of its own, the JDK sends System.Logger to java.util.logging, which is
 * in every runtime p1vault runs on (the shaded jar's JDK and the installers' runtime, which has
 * java.logging through java.sql); so a java.util.logging {@link FileHandler} set up here in code
 * does the rotation, with no configuration file and no service registration in the shaded jar.
 * The folder (the data folder's {@code logs}) is made when the first record is written (a command
 * that succeeds writes nothing) and only its owner may enter it: FileHandler creates the rotated
 * files with the process's default permissions, the folder keeps them private all the same.
 */
public final class AppLog {
    /** The current file; older ones end in -1.log and -2.log. */
    public static final String FILE = "p1vault-0.log";

    static final String PATTERN = "p1vault-%g.log";
    static final int LIMIT = 1 << 20;
    static final int COUNT = 3;

    /** Held strongly: java.util.logging keeps only weak references to its loggers. */
    private static final Logger APP = Logger.getLogger("io.p1vault");

    private static LazyFileHandler handler;

    private AppLog() {}

    /** Sends the application's records to files in {@code folder} from now on (replacing an earlier folder). */
    public static synchronized void install(Path folder) {
        if (handler != null) {
            APP.removeHandler(handler);
            handler.close();
        }
        handler = new LazyFileHandler(folder);
        APP.setLevel(Level.INFO);
        APP.addHandler(handler);
        // A command's standard error carries one line per failure, not the log's records.
        APP.setUseParentHandlers(false);
    }

    /** The current log file, when the log is installed; it exists once something was logged. */
    public static synchronized Optional<Path> file() {
        return handler == null ? Optional.empty() : Optional.of(handler.folder.resolve(FILE));
    }

    /** One record: time, level, logger, message, then the stack trace if there is one. */
    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis()))
                    .append(' ')
                    .append(record.getLevel().getName())
                    .append(' ')
                    .append(record.getLoggerName())
                    .append(": ")
                    .append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }

    /** Opens the files on the first record, so that a run that logs nothing leaves nothing behind. */
    private static final class LazyFileHandler extends Handler {
        private final Path folder;
        private FileHandler files;
        private boolean failed;

        LazyFileHandler(Path folder) {
            this.folder = folder;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record) || !open()) {
                return;
            }
            files.publish(record);
            files.flush();
        }

        private boolean open() {
            if (files == null && !failed) {
                try {
                    Files.createDirectories(folder);
                    FileAccess.makeOwnerOnly(folder);
                    Path current = folder.resolve(FILE);
                    if (!Files.exists(current)) {
                        Files.createFile(current);
                    }
                    FileAccess.makeOwnerOnly(current);
                    files = new FileHandler(folder.resolve(PATTERN).toString(), LIMIT, COUNT, true);
                    files.setFormatter(new LineFormatter());
                    files.setEncoding("UTF-8");
                } catch (IOException | SecurityException e) {
                    // A log that cannot be written must not stop the application; say so once.
                    failed = true;
                    reportError("p1vault cannot write its log in " + folder, e, ErrorManager.OPEN_FAILURE);
                }
            }
            return files != null;
        }

        @Override
        public synchronized void flush() {
            if (files != null) {
                files.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (files != null) {
                files.close();
                files = null;
            }
        }
    }
}
