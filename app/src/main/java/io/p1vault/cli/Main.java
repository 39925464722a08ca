package io.p1vault.cli;

/** Process entry point: runs the command line and exits with its status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one invocation without exiting, so tests can call it in-process. */
    public static int run(String... args) {
        return P1vaultCommand.commandLine().execute(args);
    }
}
