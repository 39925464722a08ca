package io.p1vault.vault;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.crypto.age.AgeCommand;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.VaultJson;
import io.p1vault.testing.NeedsExpect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vault of document version 1, made by p1vault 0.1 and kept forever: every later version must
 * open it. Never regenerate this file; add a new golden file for a new format version instead.
 */
class GoldenVaultTest {
    private static final String PASSPHRASE = "golden passphrase v1";

    @TempDir
    Path dir;

    private Path vault;

    @BeforeEach
    void copyGolden() throws Exception {
        vault = dir.resolve("vault-v1.p1vault");
        try (InputStream in = GoldenVaultTest.class.getResourceAsStream("/golden/vault-v1.p1vault")) {
            Files.copy(in, vault);
        }
    }

    @Test
    void versionOneVaultStillOpensWithEverything() throws Exception {
        try (Vault v = Vault.open(vault, PASSPHRASE.toCharArray())) {
            assertThat(v.isReadOnly()).isFalse();
            VaultEditor ed = new VaultEditor(v);
            GatewayCredentialEntry cred = (GatewayCredentialEntry) ed.require(null, "Golden gateway");
            assertThat(cred.getClaims().jti).isEqualTo("0c9d6a4e-5f3b-4c1a-8e2d-7b6a5c4d3e2f");
            assertThat(cred.getClaims().region).isEqualTo("eu");
            assertThat(new String(cred.getCredential().reveal())).endsWith(".Z29sZGVuLXNpZ25hdHVyZQ");
            assertThat(cred.getDeployments()).singleElement().satisfies(d -> {
                assertThat(d.connectionId).isEqualTo("conn-1");
                assertThat(d.serverName).isEqualTo("lab");
            });
            PingOneApplicationEntry app = (PingOneApplicationEntry) ed.require(null, "Golden worker");
            assertThat(new String(app.getClientSecret().reveal())).isEqualTo("golden-client-secret");
            assertThat(app.getTokenAuthMethod()).isEqualTo("post");
            PingFederateServerEntry pf = (PingFederateServerEntry) ed.require(null, "Golden PF");
            assertThat(new String(pf.getSecret().reveal())).isEqualTo("golden-admin-password");
            AgeIdentityEntry id = (AgeIdentityEntry) ed.require(null, "Golden identity");
            assertThat(io.p1vault.crypto.age.X25519Identity.parse(
                                    id.getSecretKey().reveal())
                            .recipient()
                            .toString())
                    .isEqualTo(id.getRecipient());
            assertThat(v.document().history).hasSize(4);
            new VaultEditor(v).addNewIdentity("added later");
            v.save();
        }
        try (Vault v = Vault.open(vault, PASSPHRASE.toCharArray())) {
            assertThat(v.document().entries).hasSize(5);
        }
    }

    @NeedsExpect
    @Test
    void theAgeCommandDecryptsItToTheDocumentedJson() throws Exception {
        AgeCommand.requireInstalled();
        Path out = dir.resolve("plain.json");
        AgeCommand.decryptWithPassphrase(vault, out, PASSPHRASE);
        JsonNode doc = VaultJson.mapper().readTree(out.toFile());
        assertThat(doc.get("format").asText()).isEqualTo("p1vault");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.has("createdAt") && doc.has("modifiedAt")).isTrue();
        assertThat(doc.get("entries")).hasSize(4);
        for (JsonNode e : doc.get("entries")) {
            assertThat(e.fieldNames()).toIterable().contains("id", "kind", "name", "createdAt", "modifiedAt");
        }
        assertThat(doc.get("entries").get(1).get("clientSecret").asText()).isEqualTo("golden-client-secret");
        assertThat(doc.get("history").get(0).fieldNames())
                .toIterable()
                .containsExactly("at", "action", "entryId", "detail");
    }
}
