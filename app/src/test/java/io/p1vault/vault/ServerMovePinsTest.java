package io.p1vault.vault;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.PingFederateServerEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A pinned server whose URL is edited to point elsewhere must not carry its trust along. */
class ServerMovePinsTest {
    private static final char[] PASS = "correct horse battery staple".toCharArray();
    private static final String KEY = "CD:".repeat(31) + "CD";

    @TempDir
    Path dir;

    @Test
    void pointingAPinnedServerAtAnotherHostDropsItsPins() throws Exception {
        try (Vault vault = Vault.create(dir.resolve("v.age"), PASS, 10)) {
            VaultEditor editor = new VaultEditor(vault);
            PingFederateServerEntry server = editor.addServer(
                            "pf", "https://pf.example.com:9999", "administrator", "pw".toCharArray())
                    .entry();
            editor.serverRecords()
                    .pinCertificates(server, List.of(CertificatePin.ofKey("pf.example.com:9999", KEY)), false);

            editor.editServer(server, "https://pf.example.com:9999", "basic", "someone-else", null, null);
            assertThat(server.getCertificatePins()).as("same place: pins stay").hasSize(1);

            editor.editServer(server, "https://attacker.example.net:9999", "basic", "someone-else", null, null);
            assertThat(server.getCertificatePins())
                    .as("another host: trust is decided again")
                    .isEmpty();
            assertThat(vault.document().history)
                    .anySatisfy(h -> assertThat(h.detail).contains("certificatePins"));
        }
    }
}
