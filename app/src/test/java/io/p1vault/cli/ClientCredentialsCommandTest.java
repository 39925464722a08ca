package io.p1vault.cli;

import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCredentialsCommandTest {
    private static final String TOKEN_URL = "https://acme.conductor.one/auth/v1/token";

    @TempDir
    Path dir;

    Cli cli;
    Path vault;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        vault = cli.init("v.age");
    }

    private Cli.Result add(String name, String tokenUrl, String secret) {
        return cli.stdin(secret)
                .run(
                        "add",
                        "client-credentials",
                        "--vault",
                        vault.toString(),
                        "--name",
                        name,
                        "--client-id",
                        "c1-client",
                        "--token-url",
                        tokenUrl,
                        "--notes",
                        "ConductorOne API client");
    }

    @Test
    void addsShowsListsAndEdits() throws Exception {
        Cli.Result added = add("C1", TOKEN_URL, "c1-secret\n");
        assertThat(added.exit()).isZero();
        assertThat(added.errLines()).containsExactly("Added the OAuth client \"C1\" to " + vault.toRealPath() + ".");
        try (Vault v = cli.open(vault)) {
            ClientCredentialsEntry e =
                    (ClientCredentialsEntry) v.document().entries.get(0);
            assertThat(e.getKind()).isEqualTo("client-credentials");
            assertThat(e.getClientId()).isEqualTo("c1-client");
            assertThat(e.getTokenUrl()).isEqualTo(TOKEN_URL);
            assertThat(e.getNotes()).isEqualTo("ConductorOne API client");
            assertThat(new String(e.getClientSecret().reveal())).isEqualTo("c1-secret");
        }

        Cli.Result shown = cli.run("show", "--vault", vault.toString(), "C1");
        assertThat(shown.out()).contains("c1-client", TOKEN_URL).doesNotContain("c1-secret");
        assertThat(cli.run("show", "--vault", vault.toString(), "C1", "--reveal")
                        .out())
                .contains("c1-secret");
        assertThat(cli.run("list", "--vault", vault.toString(), "--json").out()).contains("\"client-credentials\"");

        Path newSecret = Files.writeString(dir.resolve("s"), "rotated\n");
        Cli.Result edited = cli.run(
                "edit",
                "--vault",
                vault.toString(),
                "C1",
                "--client-id",
                "c1-new",
                "--token-url",
                "https://other.conductor.one/auth/v1/token/",
                "--secret-file",
                newSecret.toString());
        assertThat(edited.exit()).isZero();
        try (Vault v = cli.open(vault)) {
            ClientCredentialsEntry e =
                    (ClientCredentialsEntry) v.document().entries.get(0);
            assertThat(e.getClientId()).isEqualTo("c1-new");
            assertThat(e.getTokenUrl()).isEqualTo("https://other.conductor.one/auth/v1/token");
            assertThat(new String(e.getClientSecret().reveal())).isEqualTo("rotated");
        }
    }

    @Test
    void refusesAPlainHttpTokenUrlAndAnEmptySecret() {
        Cli.Result http = add("C1", "http://acme.conductor.one/token", "s");
        assertThat(http.exit()).isEqualTo(1);
        assertThat(http.errLines())
                .containsExactly(
                        "p1vault: The token URL must be an https URL, e.g. https://example.conductor.one/auth/v1/token.");
        Cli.Result empty = add("C1", TOKEN_URL, "\n");
        assertThat(empty.errLines()).containsExactly("p1vault: The secret is empty.");
    }

    @Test
    void optionsOfOtherKindsAreRefused() {
        add("C1", TOKEN_URL, "s");
        Cli.Result r = cli.run("edit", "--vault", vault.toString(), "C1", "--region", "eu");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines())
                .containsExactly("p1vault: --type, --environment-id, --region and --auth-method apply "
                        + "to PingOne applications only; \"C1\" is an OAuth client.");
    }
}
