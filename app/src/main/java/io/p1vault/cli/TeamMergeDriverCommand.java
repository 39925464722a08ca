package io.p1vault.cli;

import io.p1vault.vault.team.TeamMergeDriver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(
        name = "merge-driver",
        mixinStandardHelpOptions = true,
        description = "git's merge driver for a team vault (configured by team sync: p1vault team merge-driver %%O %%A"
                + " %%B). Merges per entry and field into %%A. The identity comes from this clone's git config"
                + " (p1vault.vault, p1vault.identity) and the passphrase from $" + PassphraseSource.VAULT_VARIABLE
                + "; never a prompt. A conflict, or no passphrase, leaves %%A as it was (your side, a whole file) and"
                + " exits 1, so git reports a conflict: then run p1vault team sync.")
final class TeamMergeDriverCommand extends TeamDriverCommand {
    @Parameters(index = "0", paramLabel = "BASE")
    Path base;

    @Parameters(index = "1", paramLabel = "MINE")
    Path mine;

    @Parameters(index = "2", paramLabel = "THEIRS")
    Path theirs;

    @Override
    int drive(TeamMergeDriver driver) throws Exception {
        TeamMergeDriver.Merged merged = driver.merge(base, mine, theirs);
        merged.unresolved().forEach(c -> warn("conflict left for team sync: " + c.describe()));
        return merged.unresolved().isEmpty() ? 0 : 1;
    }
}
