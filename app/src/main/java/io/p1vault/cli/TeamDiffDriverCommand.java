package io.p1vault.cli;

import io.p1vault.vault.team.TeamMergeDriver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(
        name = "diff-driver",
        mixinStandardHelpOptions = true,
        description = "git's textconv for a team vault (configured by team sync): prints its members and, per entry,"
                + " kind, name, when it changed and its field names, never a value, so git diff and git log -p show"
                + " what changed. Finds the identity as merge-driver does.")
final class TeamDiffDriverCommand extends TeamDriverCommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    int drive(TeamMergeDriver driver) throws Exception {
        driver.outline(file).forEach(out()::println);
        out().flush();
        return 0;
    }
}
