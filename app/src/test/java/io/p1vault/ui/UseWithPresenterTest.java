package io.p1vault.ui;

import io.p1vault.TestCredentials;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import io.p1vault.testing.OwnerOnly;
import io.p1vault.ui.integrations.UseWithPresenter;
import io.p1vault.ui.integrations.UseWithPresenter.Target;
import io.p1vault.ui.testing.DirectTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Use with…" without a window: targets per application type, placeholder previews, copy and owner-only save. */
class UseWithPresenterTest {
    private static final String SECRET = "CANARY-usewith-6d2f";

    @TempDir
    Path dir;

    private final List<String> copied = new ArrayList<>();

    private static PingOneApplicationEntry app(String type) {
        return new PingOneApplicationEntry(
                "app",
                type,
                TestCredentials.ENVIRONMENT_ID,
                PingOneRegion.EUROPE,
                "client-1",
                Secret.of(SECRET.toCharArray()));
    }

    private UseWithPresenter presenter(String type, List<ClientCredentialsEntry> clients) {
        return new UseWithPresenter(app(type), clients, text -> copied.add(new String(text)), new DirectTasks());
    }

    @Test
    void offersWhatTheApplicationTypeServesAndNeverPreviewsASecret() {
        UseWithPresenter worker = presenter("worker", List.of());
        assertThat(worker.targets).containsExactly(Target.AIC, Target.CONDUCTORONE);
        assertThat(worker.preview.get())
                .contains("REPLACE_WITH_PINGONE_CLIENT_SECRET")
                .doesNotContain(SECRET);
        assertThat(worker.fields()).extracting(f -> f.label()).contains("Service Uri", "Client Secret");

        worker.target.set(Target.CONDUCTORONE);
        assertThat(worker.error.get()).contains("Add ConductorOne's own OAuth client");
        assertThat(worker.preview.get()).isEmpty();
        assertThat(worker.fields()).isEmpty();

        UseWithPresenter oidc = presenter("oidc", List.of());
        assertThat(oidc.targets).containsExactly(Target.CLOUDFLARE, Target.PF_CONSOLE_OIDC);
        oidc.target.set(Target.PF_CONSOLE_OIDC);
        assertThat(oidc.preview.get()).startsWith("# oidc.properties").doesNotContain(SECRET);
        assertThat(oidc.notes.get()).anyMatch(n -> n.contains("obfuscate.sh"));
    }

    @Test
    void copiesTheSecretOnlyWhenAskedTo() {
        ClientCredentialsEntry c1 = new ClientCredentialsEntry(
                "C1", "c1-id", Secret.of("c1-secret".toCharArray()), "https://acme.conductor.one/auth/v1/token");
        UseWithPresenter worker = presenter("worker", List.of(c1));
        worker.target.set(Target.CONDUCTORONE);
        worker.copyDocument();
        assertThat(copied.get(0))
                .contains("BATON_PINGONE_CLIENT_SECRET: " + SECRET, "BATON_CLIENT_SECRET: c1-secret")
                .doesNotContain("BATON_PROVISIONING");
        assertThat(worker.done.get()).contains("secrets in clear");
        worker.provisioning.set(true);
        assertThat(worker.preview.get()).contains("BATON_PROVISIONING: \"true\"");
        worker.withoutSecrets.set(true);
        worker.copyDocument();
        assertThat(copied.get(1)).doesNotContain(SECRET).doesNotContain("c1-secret");

        worker.target.set(Target.AIC);
        worker.copyField(
                worker.fields().stream().filter(f -> f.isSecret()).findFirst().orElseThrow());
        assertThat(copied.get(2)).isEqualTo(SECRET);
        assertThat(worker.done.get()).isEqualTo("Copied Client Secret.");
    }

    @Test
    void savesOwnerOnly() throws Exception {
        UseWithPresenter oidc = presenter("oidc", List.of());
        Path written = dir.resolve("cloudflare.json");
        oidc.save(written, failure -> {
            throw new AssertionError(failure);
        });
        assertThat(Files.readString(written)).contains("\"client_secret\" : \"" + SECRET + "\"");
        OwnerOnly.assertOwnerOnly(written);
        assertThat(oidc.done.get()).contains("readable by you only", "secrets in clear");
    }
}
