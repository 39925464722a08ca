package io.p1vault.ui.main;

import io.p1vault.model.Entry;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.VaultDocument;
import io.p1vault.ui.details.EntryDetails;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The vault's history as the history view lists it: newest first, with the entry's current name. */
public final class HistoryRows {
    public record Row(String when, String action, String entry, String detail) {}

    private HistoryRows() {}

    public static List<Row> of(VaultDocument document) {
        Map<UUID, String> names = document.entries.stream()
                .filter(e -> e.getId() != null)
                .collect(Collectors.toMap(Entry::getId, e -> String.valueOf(e.getName()), (a, b) -> a));
        Function<UUID, String> name = id -> id == null ? "" : names.getOrDefault(id, "–");
        List<Row> rows = new ArrayList<>();
        for (HistoryRecord r : document.history) {
            rows.add(new Row(
                    EntryDetails.when(r.at), r.action, name.apply(r.entryId), r.detail == null ? "" : r.detail));
        }
        Collections.reverse(rows);
        return rows;
    }
}
