package io.p1vault.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;

class VaultJsonTest {
    /** The warm-up runs unattended at start; a mapping change that breaks it must show here, not there. */
    @Test
    void theWarmUpDocumentReadsWithEveryEntryKind() {
        assertThatCode(VaultJson::prepare).doesNotThrowAnyException();
    }
}
