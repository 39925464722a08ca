package io.p1vault.ui;

import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.EntryKind;
import io.p1vault.ui.details.EntryDetails;
import io.p1vault.ui.entry.EntryForm;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The desktop form of the OAuth client kind: a refused token URL beside its field, then added, shown and edited. */
class ClientCredentialsFormTest {
    @TempDir
    Path dir;

    private VaultSession session;

    @BeforeEach
    void open() throws Exception {
        session = new VaultSession(new DirectTasks(), new FakeDialogs());
        session.opened(Vault.create(dir.resolve("v.age"), "pw".toCharArray(), 10));
    }

    @AfterEach
    void close() {
        session.lock();
    }

    @Test
    void addsShowsAndEditsAnOAuthClient() throws Exception {
        EntryForm form = EntryForm.adding(EntryKind.CLIENT_CREDENTIALS, session);
        assertThat(form.title()).isEqualTo("New OAuth client");
        assertThat(form.field("secret").label()).isEqualTo("Client secret");
        form.field("name").text.set("C1");
        form.field("clientId").text.set("c1-client");
        form.field("secret").setSecret("c1-secret".toCharArray());
        form.field("tokenUrl").text.set("http://acme.conductor.one/token");
        assertThat(form.submit()).isFalse();
        assertThat(form.field("tokenUrl").error.get()).startsWith("The token URL must be an https URL");
        assertThat(session.editor().entries()).isEmpty();

        form.field("tokenUrl").text.set("https://acme.conductor.one/auth/v1/token");
        assertThat(form.submit()).isTrue();
        ClientCredentialsEntry c1 =
                (ClientCredentialsEntry) session.editor().require(EntryKind.CLIENT_CREDENTIALS, "C1");
        assertThat(new String(c1.getClientSecret().reveal())).isEqualTo("c1-secret");
        assertThat(EntryDetails.of(c1).get(0).rows())
                .extracting(EntryDetails.Row::value)
                .contains("c1-client", "https://acme.conductor.one/auth/v1/token")
                .doesNotContain("c1-secret");

        EntryForm edit = EntryForm.editing(c1, session);
        edit.field("tokenUrl").text.set("https://other.conductor.one/auth/v1/token");
        assertThat(edit.submit()).isTrue();
        assertThat(c1.getTokenUrl()).isEqualTo("https://other.conductor.one/auth/v1/token");
        assertThat(new String(c1.getClientSecret().reveal()))
                .as("an empty secret field keeps the secret")
                .isEqualTo("c1-secret");
    }
}
