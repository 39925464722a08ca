package io.p1vault.cli;

import io.p1vault.vault.Vault;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;
import io.p1vault.vault.team.TeamSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.Optional;

@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Commits the team vault's changes (the message names entries, never values), pulls, merges per"
                + " entry and field, and pushes, with the system git. The same field changed on both sides is"
                + " asked about (keep mine, take theirs, keep both) or settled by --on-conflict; without either, the"
                + " merge is not made and nothing changes.")
final class TeamSyncCommand extends VaultCommand {
    @Option(
            names = "--on-conflict",
            paramLabel = "mine|theirs|both",
            description = "For every field changed on both sides: keep mine, take theirs, or keep both (theirs as a"
                    + " copy named \"(theirs)\"). Without it, a terminal asks for each.")
    String onConflict;

    @Override
    void run() throws Exception {
        Optional<Resolution> policy = onConflict == null ? Optional.empty() : Optional.of(resolution(onConflict));
        TeamSync.Report report;
        try (Vault personal = VaultCommand.open(vaultFile, vaultPassphrase(), env())) {
            if (team.teamFile == null || team.identity == null) {
                throw new CliException("team sync needs --team FILE and --identity NAME.");
            }
            report = TeamSync.sync(team.teamFile, personal, team.identity, c -> policy.or(() -> ask(c)));
        }
        report.committed().forEach(c -> confirm("committed: " + c));
        report.resolved().forEach(c -> confirm("conflict settled: " + c.describe()));
        confirm(report.merges() == 0 ? "Nothing to merge." : "Merged the other members' changes.");
        confirm(report.pushed() ? "Pushed." : "No remote: committed locally only.");
    }

    private Optional<Resolution> ask(MergeConflict conflict) {
        return env().console().map(console -> {
            while (true) {
                String answer = console.readLine(conflict.describe() + ". Keep [m]ine, take [t]heirs or keep [b]oth? ");
                if (answer == null) {
                    return null;
                }
                try {
                    return resolution(answer.strip());
                } catch (CliException e) {
                    confirm(e.getMessage());
                }
            }
        });
    }

    static Resolution resolution(String word) throws CliException {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "m", "mine" -> Resolution.KEEP_MINE;
            case "t", "theirs" -> Resolution.TAKE_THEIRS;
            case "b", "both" -> Resolution.KEEP_BOTH;
            default -> throw new CliException("Answer mine, theirs or both.");
        };
    }
}
