package io.p1vault.cli;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the entries: kind, name, short id and when each was last modified.")
final class ListCommand extends VaultCommand {
    private static final int SHORT_ID = 8;
    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    @Option(
            names = "--kind",
            paramLabel = "K",
            converter = Converters.Kind.class,
            description = "Only entries of this kind: pingone-gateway-credential, pingone-application, "
                    + "pingfederate-server, age-identity or client-credentials.")
    EntryKind kind;

    @Option(names = "--json", description = "Print a JSON array instead (see README).")
    boolean json;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            List<Entry> entries = new VaultEditor(vault)
                    .entries().stream()
                            .filter(e -> kind == null || kind.id().equals(e.getKind()))
                            .sorted(ListCommand::byKindThenName)
                            .toList();
            if (json) {
                Output.json(out(), entries.stream().map(EntryView::summary).toList());
            } else {
                printLines(entries);
            }
        }
    }

    /**
     * By kind, then name, either missing last. Written out rather than composed with
     * Comparator.comparing: the class cache holds this method's lambda, while the ones comparing
     * builds inside the JDK were generated anew by every run, just as the derivation ended.
     */
    private static int byKindThenName(Entry a, Entry b) {
        int byKind = NULLS_LAST.compare(a.getKind(), b.getKind());
        return byKind != 0 ? byKind : NULLS_LAST.compare(a.getName(), b.getName());
    }

    private void printLines(List<Entry> entries) {
        int kindWidth = entries.stream()
                .mapToInt(e -> String.valueOf(e.getKind()).length())
                .max()
                .orElse(0);
        int nameWidth = entries.stream()
                .mapToInt(e -> Output.cell(e.getName()).length())
                .max()
                .orElse(0);
        for (Entry e : entries) {
            String id = e.getId() == null ? "-" : e.getId().toString().substring(0, SHORT_ID);
            String modified = e.getModifiedAt() == null
                    ? "-"
                    : e.getModifiedAt().truncatedTo(ChronoUnit.SECONDS).toString();
            // Padded by hand: a format string is parsed anew for every line, on the critical path of a list.
            out().println(padded(Output.cell(e.getKind()), kindWidth)
                    + "  "
                    + padded(Output.cell(e.getName()), nameWidth)
                    + "  "
                    + id
                    + "  "
                    + modified
                    + (EntryRules.check(e).isEmpty() ? "" : "  (breaks the entry rules: see show)"));
        }
        out().flush();
    }

    /** {@code text} followed by spaces up to {@code width} characters; longer text stays whole. */
    private static String padded(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
