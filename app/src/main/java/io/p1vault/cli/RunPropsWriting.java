package io.p1vault.cli;

import picocli.CommandLine.Option;

/** How {@code runprops} commands that write treat a linked file and old backups. */
final class RunPropsWriting {
    @Option(
            names = "--follow-symlink",
            description = "Write the file a symbolic link points to (refused otherwise: a link planted in "
                    + "PingFederate's folder could redirect the write anywhere).")
    boolean followSymlink;

    @Option(
            names = "--keep-backups",
            paramLabel = "N",
            defaultValue = "5",
            description = "How many timestamped backups to keep (default: ${DEFAULT-VALUE}); older ones are deleted.")
    int keepBackups;
}
