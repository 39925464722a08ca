package io.p1vault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.TestCredentials;
import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.VaultJson;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ListShowCommandTest {
    private static final String ENV = TestCredentials.ENVIRONMENT_ID;
    private static final List<String> COMMON = List.of("id", "kind", "name", "notes", "createdAt", "modifiedAt");

    @TempDir
    Path dir;

    Cli cli;
    Path vault;
    String v;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir);
        vault = cli.init("v.age");
        v = vault.toString();
        ok(cli.stdin(TestCredentials.jwt("jti-1")).run("add", "gateway-credential", "--vault", v, "--name", "shared"));
        ok(cli.stdin("app-secret")
                .run(
                        "add",
                        "pingone-app",
                        "--vault",
                        v,
                        "--name",
                        "shared",
                        "--type",
                        "worker",
                        "--environment-id",
                        ENV,
                        "--region",
                        "eu",
                        "--client-id",
                        "client-1"));
        addServer("pf");
        try (Vault open = cli.open(vault)) {
            Deployment d = new Deployment();
            d.serverName = "pf";
            d.connectionId = "conn-1";
            d.at = Instant.parse("2025-01-02T03:04:05Z");
            d.state = "active";
            ((GatewayCredentialEntry) open.document().entries.get(0))
                    .getDeployments()
                    .add(d);
            open.save();
        }
    }

    private void addServer(String name) {
        ok(cli.stdin("server-password")
                .run(
                        "add",
                        "pingfederate-server",
                        "--vault",
                        v,
                        "--name",
                        name,
                        "--url",
                        "https://" + name.replace(' ', '-') + ".example.com:9999",
                        "--username",
                        "admin"));
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    private List<Entry> entries() throws Exception {
        try (Vault open = cli.open(vault)) {
            return List.copyOf(open.document().entries);
        }
    }

    @Test
    void listsOneLinePerEntrySortedByKindAndName() throws Exception {
        Cli.Result r = ok(cli.run("list", "--vault", v));
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .matches("pingfederate-server         pf      [0-9a-f]{8}  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(lines.get(1)).startsWith("pingone-application         shared  ");
        assertThat(lines.get(2)).startsWith("pingone-gateway-credential  shared  ");
        Entry server = entries().get(2);
        assertThat(lines.get(0))
                .contains(server.getId().toString().substring(0, 8))
                .endsWith(server.getModifiedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void sortsEntriesOfOneKindByNameAndPadsToTheLongestName() {
        addServer("zeta");
        addServer("a much longer server name");
        List<String> lines = ok(cli.run("list", "--vault", v, "--kind", "pingfederate-server"))
                .out()
                .lines()
                .toList();
        assertThat(lines)
                .extracting(line -> line.substring(0, "pingfederate-server  a much longer server name  ".length()))
                .containsExactly(
                        "pingfederate-server  a much longer server name  ",
                        "pingfederate-server  pf                         ",
                        "pingfederate-server  zeta                       ");
    }

    @Test
    void listsOneKind() {
        Cli.Result r = ok(cli.run("list", "--vault", v, "--kind", "pingone-application"));
        assertThat(r.out().lines()).singleElement().asString().startsWith("pingone-application  shared  ");
    }

    @Test
    void anEmptyListPrintsNothing() {
        assertThat(ok(cli.run("list", "--vault", v, "--kind", "age-identity")).out())
                .isEmpty();
        assertThat(ok(cli.run("list", "--vault", v, "--kind", "age-identity", "--json"))
                        .out())
                .isEqualTo("[ ]\n");
    }

    @Test
    void listsAsJson() throws Exception {
        JsonNode array = VaultJson.mapper()
                .readTree(ok(cli.run("list", "--vault", v, "--json")).out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        for (JsonNode item : array) {
            assertThat(fieldNames(item)).containsExactly("id", "kind", "name", "createdAt", "modifiedAt");
        }
        Entry server = entries().get(2);
        assertThat(array.get(0).get("id").asText()).isEqualTo(server.getId().toString());
        assertThat(array.get(0).get("kind").asText()).isEqualTo("pingfederate-server");
        assertThat(array.get(0).get("name").asText()).isEqualTo("pf");
        assertThat(Instant.parse(array.get(0).get("modifiedAt").asText())).isEqualTo(server.getModifiedAt());
    }

    @Test
    void showsAnApplicationWithItsSecretMasked() {
        Cli.Result r = ok(cli.run("show", "--vault", v, "shared", "--kind", "pingone-application"));
        assertThat(r.out())
                .contains(
                        "kind:            pingone-application\n",
                        "name:            shared\n",
                        "type:            worker\n",
                        "environmentId:   " + ENV + "\n",
                        "region:          eu\n",
                        "clientId:        client-1\n",
                        "tokenAuthMethod: basic\n",
                        "scopes:          (none)\n",
                        "tokenUrl:        https://auth.pingone.eu/" + ENV + "/as/token\n",
                        "apiUrl:          https://api.pingone.eu/v1/environments/" + ENV + "\n",
                        "secret:          ********\n");
        assertThat(r.out()).doesNotContain("app-secret").doesNotContain("notes:");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void revealsTheSecretOnRequest() {
        Cli.Result r = ok(cli.run("show", "--vault", v, "pf", "--reveal"));
        assertThat(r.out())
                .contains(
                        "adminUrl:        https://pf.example.com:9999\n",
                        "username:        admin\n",
                        "secret:          server-password\n");
    }

    @Test
    void showsACredentialsClaimsAndDeployments() {
        Cli.Result r = ok(cli.run("show", "--vault", v, "shared", "--kind", "pingone-gateway-credential"));
        assertThat(r.out())
                .contains(
                        "claims:\n  environmentId:   " + ENV + "\n",
                        "  environmentName: Production\n",
                        "  gatewayType:     PING_FEDERATE\n",
                        "  jti:             jti-1\n",
                        "  iat:             2025-01-01T00:00:00Z\n",
                        "  aud:             https://auth.pingone.eu\n",
                        "  region:          eu\n",
                        "deployments:\n  - serverName:   pf\n    connectionId: conn-1\n    at:           2025-01-02T03:04:05Z\n"
                                + "    state:        active\n",
                        "secret:      ********\n");
        assertThat(r.out()).doesNotContain(TestCredentials.jwt("jti-1").split("\\.")[2]);
    }

    @Test
    void showsJsonWithoutTheSecret() throws Exception {
        JsonNode app = VaultJson.mapper()
                .readTree(ok(cli.run("show", "--vault", v, "shared", "--kind", "pingone-application", "--json"))
                        .out());
        assertThat(fieldNames(app))
                .containsExactlyElementsOf(concat(
                        COMMON,
                        "type",
                        "environmentId",
                        "region",
                        "clientId",
                        "tokenAuthMethod",
                        "grantType",
                        "scopes",
                        "redirectUris",
                        "tokenUrl",
                        "apiUrl",
                        "problems"));
        assertThat(app.get("notes").isNull()).isTrue();
        assertThat(app.get("scopes").isArray()).isTrue();

        JsonNode server = VaultJson.mapper()
                .readTree(ok(cli.run("show", "--vault", v, "pf", "--json")).out());
        assertThat(fieldNames(server))
                .containsExactlyElementsOf(concat(
                        COMMON,
                        "adminUrl",
                        "authType",
                        "username",
                        "clientId",
                        "tokenUrl",
                        "certificatePins",
                        "lastVersion",
                        "connectTimeoutSeconds",
                        "readTimeoutSeconds",
                        "problems"));

        JsonNode credential = VaultJson.mapper()
                .readTree(ok(cli.run("show", "--vault", v, "shared", "--kind", "pingone-gateway-credential", "--json"))
                        .out());
        assertThat(fieldNames(credential))
                .containsExactlyElementsOf(concat(COMMON, "claims", "deployments", "problems"));
        assertThat(fieldNames(credential.get("claims")))
                .containsExactly(
                        "environmentId",
                        "environmentName",
                        "organizationId",
                        "gatewayId",
                        "gatewayName",
                        "gatewayType",
                        "jti",
                        "iat",
                        "aud",
                        "region");
        assertThat(fieldNames(credential.get("deployments").get(0)))
                .containsExactly(
                        "serverId",
                        "serverName",
                        "connectionId",
                        "connectionName",
                        "credentialId",
                        "at",
                        "state",
                        "replication",
                        "replicatedAt");
    }

    @Test
    void showsJsonWithTheSecretOnRequest() throws Exception {
        JsonNode app = VaultJson.mapper()
                .readTree(ok(cli.run(
                                "show", "--vault", v, "shared", "--kind", "pingone-application", "--json", "--reveal"))
                        .out());
        assertThat(fieldNames(app)).endsWith("apiUrl", "problems", "secret");
        assertThat(app.get("secret").asText()).isEqualTo("app-secret");
    }

    @Test
    void showsAnIdentityWithItsRecipient() {
        String recipient =
                ok(cli.run("keygen", "--vault", v, "--name", "me")).out().strip();
        Cli.Result r = ok(cli.run("show", "--vault", v, "me"));
        assertThat(r.out()).contains("recipient:  " + recipient + "\n", "secret:     ********\n");
        assertThat(ok(cli.run("show", "--vault", v, "me", "--reveal")).out()).contains("secret:     AGE-SECRET-KEY-1");
    }

    @Test
    void anUnknownName() {
        Cli.Result r = cli.run("show", "--vault", v, "nope");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("p1vault: No entry named \"nope\" in the vault.");
        Cli.Result ofKind = cli.run("show", "--vault", v, "pf", "--kind", "age-identity");
        assertThat(ofKind.errLines())
                .containsExactly("p1vault: No entry named \"pf\" of kind age-identity in the vault.");
    }

    @Test
    void anAmbiguousName() {
        Cli.Result r = cli.run("show", "--vault", v, "shared");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines())
                .containsExactly("p1vault: Several entries are named \"shared\"; say which kind you mean.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anEntryOfAKindFromANewerVersionShowsItsCommonFields() throws Exception {
        UUID id;
        try (Vault open = cli.open(vault)) {
            Entry future = VaultJson.mapper()
                    .readValue(
                            "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"future-thing\","
                                    + "\"name\":\"later\",\"token\":\"x\"}",
                            Entry.class);
            id = future.getId();
            open.document().entries.add(future);
            open.save();
        }
        Cli.Result r = ok(cli.run("show", "--vault", v, "later", "--reveal"));
        assertThat(r.out()).isEqualTo("id:   " + id + "\nkind: future-thing\nname: later\n");
        assertThat(ok(cli.run("list", "--vault", v)).out()).contains("future-thing                later   ");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            names.add(it.next().getKey());
        }
        return names;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
