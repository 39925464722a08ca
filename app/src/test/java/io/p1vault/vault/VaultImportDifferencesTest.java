package io.p1vault.vault;

import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VaultImportDifferencesTest {
    private static PingOneApplicationEntry app(String clientId, String secret) {
        return new PingOneApplicationEntry(
                "billing",
                "worker",
                "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90",
                PingOneRegion.EUROPE,
                clientId,
                Secret.of(secret.toCharArray()));
    }

    @Test
    void aDifferingSecretIsNamedOnceAndOnlyAsSecret() {
        assertThat(VaultImport.differences(app("c1", "one"), app("c2", "two"))).containsExactly("clientId", "secret");
        assertThat(VaultImport.differences(app("c1", "one"), app("c1", "one"))).isEmpty();
    }
}
