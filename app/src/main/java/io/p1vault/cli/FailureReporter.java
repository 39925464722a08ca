package io.p1vault.cli;

import io.p1vault.UserFacing;
import io.p1vault.model.rules.VisibleText;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns a failed command into one line on standard error and exit status 1. Stack traces only
 * with {@code --debug}: scripts parse the line, and users act on it. Every failure also goes to
 * the log ({@link io.p1vault.desktop.AppLog}), an unexpected one with its trace.
 */
final class FailureReporter implements CommandLine.IExecutionExceptionHandler {
    static final int FAILURE = 1;
    private static final System.Logger LOG = System.getLogger(FailureReporter.class.getName());

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String command = cmd.getCommandSpec().qualifiedName();
        if (ex instanceof UserFacing) {
            LOG.log(System.Logger.Level.INFO, command + " failed: " + ex.getMessage());
        } else {
            LOG.log(System.Logger.Level.ERROR, command + " failed unexpectedly", ex);
        }
        // One line, whatever the message quotes (a name from an export, PingFederate's answer).
        err.println("p1vault: " + VisibleText.of(describe(ex)));
        if (debugRequested(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return FAILURE;
    }

    static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (ex instanceof UserFacing && message != null) {
            return message;
        }
        return "unexpected " + ex.getClass().getSimpleName() + (message == null ? "" : ": " + message)
                + " (run again with --debug for details)";
    }

    private static boolean debugRequested(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
