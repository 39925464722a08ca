package io.p1vault.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class VaultJsonTest {
    /** The warm-up runs unattended at start; a mapping change that breaks it must show here, not there. */
    @Test
    void theWarmUpDocumentReadsWithEveryEntryKind() {
        assertThatCode(VaultJson::prepare).doesNotThrowAnyException();
    }

    /** A kind whose mapping is lost would fall back to UnknownEntry and still read without error. */
    @Test
    void everyKindOfTheWarmUpDocumentReadsAsItsOwnClass() {
        VaultDocument document = VaultJson.warmUpDocument();

        assertThat(document.entries).noneMatch(UnknownEntry.class::isInstance);
        assertThat(document.entries).extracting(Entry::knownKind).containsExactly(EntryKind.values());
    }
}
