package io.p1vault.cli;

import io.p1vault.model.HistoryRecord;
import io.p1vault.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Prints the vault's history, oldest first: when, what and to which entry (never a secret).")
final class HistoryCommand extends VaultCommand {
    @Option(names = "--json", description = "Print a JSON array of {at, action, entryId, detail} instead.")
    boolean json;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            List<HistoryRecord> history = List.copyOf(vault.document().history);
            if (json) {
                Output.json(out(), history.stream().map(HistoryCommand::view).toList());
                return;
            }
            int actionWidth = history.stream()
                    .mapToInt(r -> String.valueOf(r.action).length())
                    .max()
                    .orElse(0);
            for (HistoryRecord r : history) {
                out().println(String.format(
                        "%s  %-" + actionWidth + "s  %s",
                        r.at == null ? "-" : r.at.truncatedTo(ChronoUnit.SECONDS),
                        Output.cell(r.action),
                        Output.cell(r.detail)));
            }
            out().flush();
        }
    }

    private static Map<String, Object> view(HistoryRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", r.at);
        m.put("action", r.action);
        m.put("entryId", r.entryId);
        m.put("detail", r.detail);
        return m;
    }
}
