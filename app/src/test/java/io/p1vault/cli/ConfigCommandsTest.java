package io.p1vault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.p1vault.TestCredentials;
import io.p1vault.TestData;
import io.p1vault.testing.OwnerOnly;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code p1vault config …}: each document exactly as the hand-checked file under
 * {@code src/test/resources/integrations/}, parsed back, and the refusals.
 */
class ConfigCommandsTest {
    private static final String ENV = TestCredentials.ENVIRONMENT_ID;

    @TempDir
    Path dir;

    Cli cli;
    String v;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        v = cli.init("v.age").toString();
        ok(cli.stdin("worker-s3cret\n")
                .run(
                        "add",
                        "pingone-app",
                        "--vault",
                        v,
                        "--name",
                        "hr-worker",
                        "--type",
                        "worker",
                        "--environment-id",
                        ENV,
                        "--region",
                        "eu",
                        "--client-id",
                        "0c1d2e3f-worker"));
        ok(cli.stdin("oidc-s3cret\n")
                .run(
                        "add",
                        "pingone-app",
                        "--vault",
                        v,
                        "--name",
                        "console",
                        "--type",
                        "oidc",
                        "--environment-id",
                        ENV,
                        "--region",
                        "com",
                        "--client-id",
                        "9a8b7c6d-oidc",
                        "--auth-method",
                        "post"));
        ok(cli.stdin("c1-s3cret\n")
                .run(
                        "add",
                        "client-credentials",
                        "--vault",
                        v,
                        "--name",
                        "C1",
                        "--client-id",
                        "c1-client-id",
                        "--token-url",
                        "https://acme.conductor.one/auth/v1/token"));
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as("%s", r).isZero();
        return r;
    }

    static String expected(String name) throws IOException {
        try (InputStream in = ConfigCommandsTest.class.getResourceAsStream("/integrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void conductorOneManifests() throws Exception {
        Cli.Result r = ok(
                cli.run("config", "conductorone", "--vault", v, "--app", "hr-worker", "--c1", "C1", "--provisioning"));
        assertThat(r.out()).isEqualTo(expected("conductorone.yaml"));
        assertThat(r.err()).contains("holds client secrets in clear", "  [ ] p1:update:role", "PingOne region \"eu\"");

        List<JsonNode> docs = new YAMLMapper()
                .readerFor(JsonNode.class)
                .<JsonNode>readValues(r.out())
                .readAll();
        assertThat(docs).hasSize(2);
        JsonNode secret = docs.get(0).get("stringData");
        assertThat(secret.get("BATON_PINGONE_CLIENT_SECRET").asText()).isEqualTo("worker-s3cret");
        assertThat(secret.get("BATON_CLIENT_SECRET").asText()).isEqualTo("c1-s3cret");
        assertThat(secret.get("BATON_PINGONE_ENVIRONMENT_ID").asText()).isEqualTo(ENV);
        assertThat(secret.get("BATON_PROVISIONING").isTextual())
                .as("stringData values are strings")
                .isTrue();
        JsonNode container = docs.get(1).at("/spec/template/spec/containers/0");
        assertThat(container.get("image").asText()).isEqualTo("ghcr.io/conductorone/baton-ping-one:latest");
        assertThat(container.at("/envFrom/0/secretRef/name").asText())
                .isEqualTo(docs.get(0).at("/metadata/name").asText());
    }

    @Test
    void conductorOneWithoutSecretsToAnOwnerOnlyFile() throws Exception {
        Path out = dir.resolve("baton.yaml");
        Cli.Result r = ok(cli.run(
                "config",
                "conductorone",
                "--vault",
                v,
                "--app",
                "hr-worker",
                "--c1",
                "C1",
                "--no-secret",
                "--out",
                out.toString()));
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Wrote " + out.toRealPath()).doesNotContain("in clear");
        assertThat(Files.readString(out)).isEqualTo(expected("conductorone-no-secret.yaml"));
        OwnerOnly.assertOwnerOnly(out);
    }

    @Test
    void cloudflareBody() throws Exception {
        Cli.Result r = ok(cli.run(
                "config",
                "cloudflare",
                "--vault",
                v,
                "--app",
                "console",
                "--name",
                "PingOne (Acme)",
                "--claim",
                "groups",
                "--pkce"));
        assertThat(r.out()).isEqualTo(expected("cloudflare.json"));
        assertThat(r.err()).contains("https://<team-name>.cloudflareaccess.com/cdn-cgi/access/callback");
        JsonNode body = new ObjectMapper().readTree(r.out());
        assertThat(body.get("type").asText()).isEqualTo("pingone");
        assertThat(body.at("/config/client_secret").asText()).isEqualTo("oidc-s3cret");
        assertThat(body.at("/config/ping_env_id").asText()).isEqualTo(ENV);

        Cli.Result placeholder = ok(cli.run("config", "cloudflare", "--vault", v, "--app", "console", "--no-secret"));
        assertThat(placeholder.out()).isEqualTo(expected("cloudflare-no-secret.json"));
        assertThat(new ObjectMapper()
                        .readTree(placeholder.out())
                        .at("/config/client_secret")
                        .asText())
                .isEqualTo("REPLACE_WITH_PINGONE_CLIENT_SECRET");
    }

    @Test
    void advancedIdentityCloudFormAndConnectorJson() throws Exception {
        Cli.Result form = ok(cli.run("config", "aic", "--vault", v, "--app", "hr-worker"));
        assertThat(form.out()).isEqualTo(expected("aic.txt"));
        assertThat(form.out().lines()).contains("Client Secret: worker-s3cret", "Service Uri: https://api.pingone.eu");

        Cli.Result json = ok(cli.run("config", "aic", "--vault", v, "--app", "hr-worker", "--json", "--no-secret"));
        assertThat(json.out()).isEqualTo(expected("aic-no-secret.json"));
        JsonNode p = new ObjectMapper().readTree(json.out()).get("configurationProperties");
        assertThat(p.get("tokenEndpoint").asText()).isEqualTo("https://auth.pingone.eu/" + ENV + "/as/token");
        assertThat(p.get("useBasicAuthForOauthTokenNeg").booleanValue()).isTrue();
        assertThat(p.get("maximumConnections").intValue()).isEqualTo(10);
        assertThat(p.get("connectionTimeout").intValue()).isEqualTo(30);
    }

    @Test
    void pingFederateConsoleOidcNeverWritesTheSecret() throws Exception {
        Cli.Result r = ok(cli.run("config", "pf-console-oidc", "--vault", v, "--app", "console"));
        assertThat(r.out()).isEqualTo(expected("pf-console-oidc.properties")).doesNotContain("oidc-s3cret");
        assertThat(r.err())
                .contains("<pf_install>/pingfederate/bin/obfuscate.sh 'CLIENT_SECRET'")
                .doesNotContain("in clear");
        Properties loaded = new Properties();
        loaded.load(new StringReader(r.out()));
        assertThat(loaded.getProperty("client.id")).isEqualTo("9a8b7c6d-oidc");
        assertThat(loaded.getProperty("client.authn.method")).isEqualTo("client_secret_post");
        assertThat(loaded.getProperty("issuer")).isEqualTo("https://auth.pingone.com/" + ENV + "/as");
        assertThat(loaded.getProperty("token.endpoint")).isEqualTo("https://auth.pingone.com/" + ENV + "/as/token");
        assertThat(loaded).doesNotContainKey("client.secret");
    }

    @Test
    void pingFederateConsoleOidcSetsRunPropertiesThroughTheLosslessEditor() throws Exception {
        Path runProperties = dir.resolve("run.properties");
        byte[] before = Files.readAllBytes(TestData.realRunProperties());
        Files.write(runProperties, before);

        Cli.Result dry = ok(cli.run(
                "config",
                "pf-console-oidc",
                "--vault",
                v,
                "--app",
                "console",
                "--runprops",
                runProperties.toString(),
                "--dry-run"));
        assertThat(dry.out())
                .contains(
                        "-pf.console.authentication=\n+pf.console.authentication=OIDC\n",
                        "Dry run: " + runProperties + " was not changed.");
        assertThat(Files.readAllBytes(runProperties)).isEqualTo(before);

        ok(cli.run(
                "config", "pf-console-oidc", "--vault", v, "--app", "console", "--runprops", runProperties.toString()));
        String after = Files.readString(runProperties, StandardCharsets.ISO_8859_1);
        String original = new String(before, StandardCharsets.ISO_8859_1);
        assertThat(after)
                .isEqualTo(original.replace("\npf.console.authentication=\n", "\npf.console.authentication=OIDC\n"));
    }

    @Test
    void refusesAnApplicationOfTheWrongTypeOrKind() {
        Cli.Result worker = cli.run("config", "cloudflare", "--vault", v, "--app", "hr-worker");
        assertThat(worker.exit()).isEqualTo(1);
        assertThat(worker.errLines())
                .containsExactly("p1vault: Cloudflare Access sign-on needs a PingOne OIDC web "
                        + "app; \"hr-worker\" is a worker application.");
        Cli.Result oidc = cli.run("config", "aic", "--vault", v, "--app", "console");
        assertThat(oidc.errLines())
                .containsExactly("p1vault: Advanced Identity Cloud provisioning needs a PingOne "
                        + "worker application; \"console\" is an OIDC web app.");
        Cli.Result noClient =
                cli.run("config", "conductorone", "--vault", v, "--app", "hr-worker", "--c1", "hr-worker");
        assertThat(noClient.errLines())
                .containsExactly("p1vault: No entry named \"hr-worker\" of kind " + "client-credentials in the vault.");
        Cli.Result dryAlone = cli.run("config", "pf-console-oidc", "--vault", v, "--app", "console", "--dry-run");
        assertThat(dryAlone.errLines()).containsExactly("p1vault: --dry-run applies to --runprops FILE only.");
    }
}
