package io.p1vault.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.VaultJson;
import io.p1vault.ui.details.EntryDetails;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail panel of an entry kept as read because a field has the wrong type: marked with where, and why. */
class UnreadableEntryDetailsTest {
    @Test
    void theDetailsSayTheEntryCouldNotBeReadAndNameWhereWithoutTheValue() {
        ObjectNode raw = VaultJson.mapper().createObjectNode();
        raw.put("kind", "pingone-gateway-credential").put("name", "broken").put("claims", "CANARY-value");
        UnknownEntry entry =
                UnknownEntry.unreadable(raw, "entries[2].claims", "cannot be read (a value of the wrong type)");

        List<EntryDetails.Row> rows =
                EntryDetails.of(entry).stream().flatMap(s -> s.rows().stream()).toList();
        assertThat(rows)
                .filteredOn(r -> r.style() == EntryDetails.Style.WARNING)
                .singleElement()
                .satisfies(r -> assertThat(r.value()).startsWith("entries[2].claims: cannot be read"));
        assertThat(rows)
                .extracting(EntryDetails.Row::value)
                .anyMatch(v -> v != null && v.contains("could not be read"));
        assertThat(rows).extracting(EntryDetails.Row::value).noneMatch(v -> v != null && v.contains("CANARY"));
    }
}
