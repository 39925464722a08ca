package io.p1vault.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCredentialsJsonTest {
    @Test
    void anOAuthClientRoundTripsWithItsFieldsAndUnknownOnes() throws Exception {
        String json = """
                {"format":"p1vault","version":1,"createdAt":"2025-01-01T00:00:00Z","entries":[
                 {"id":"6f0c8f0e-8a7b-4c39-9d8e-1f2a3b4c5d6e","kind":"client-credentials","name":"C1",
                  "notes":"ConductorOne","createdAt":"2025-01-01T00:00:00Z","modifiedAt":"2025-01-01T00:00:00Z",
                  "clientId":"c1-client","clientSecret":"s3cr3t","tokenUrl":"https://acme.conductor.one/auth/v1/token",
                  "scopeFromTheFuture":"x"}],"history":[]}""";
        VaultDocument doc = VaultJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        ClientCredentialsEntry e = (ClientCredentialsEntry) doc.entries.get(0);
        assertThat(e.knownKind()).isEqualTo(EntryKind.CLIENT_CREDENTIALS);
        assertThat(e.getClientId()).isEqualTo("c1-client");
        assertThat(new String(e.secret().reveal())).isEqualTo("s3cr3t");
        assertThat(e.getTokenUrl()).isEqualTo("https://acme.conductor.one/auth/v1/token");
        assertThat(e.getNotes()).isEqualTo("ConductorOne");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaultJson.write(doc, out);
        var written =
                VaultJson.mapper().readTree(out.toByteArray()).get("entries").get(0);
        assertThat(written.get("kind").asText()).isEqualTo("client-credentials");
        assertThat(written.get("clientId").asText()).isEqualTo("c1-client");
        assertThat(written.get("clientSecret").asText()).isEqualTo("s3cr3t");
        assertThat(written.get("tokenUrl").asText()).isEqualTo("https://acme.conductor.one/auth/v1/token");
        assertThat(written.get("scopeFromTheFuture").asText()).isEqualTo("x");
    }
}
