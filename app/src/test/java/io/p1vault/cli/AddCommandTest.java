package io.p1vault.cli;

import io.p1vault.TestCredentials;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.GatewayCredentials;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AddCommandTest {
    private static final String ENV = TestCredentials.ENVIRONMENT_ID;

    @TempDir
    Path dir;

    Cli cli;
    Path vault;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        vault = cli.init("v.age");
    }

    private Cli.Result addCredential(String name, String pasted) {
        return cli.stdin(pasted).run("add", "gateway-credential", "--vault", vault.toString(), "--name", name);
    }

    /** Adds a worker application; {@code overrides} are option/value pairs that replace or add to the defaults. */
    private Cli.Result addApp(String name, String secret, String... overrides) {
        Map<String, String> options = new LinkedHashMap<>(
                Map.of("--type", "worker", "--environment-id", ENV, "--region", "eu", "--client-id", "client-1"));
        for (int i = 0; i < overrides.length; i += 2) {
            options.put(overrides[i], overrides[i + 1]);
        }
        List<String> args = new ArrayList<>(List.of("add", "pingone-app", "--vault", vault.toString(), "--name", name));
        options.forEach((option, value) -> args.addAll(List.of(option, value)));
        return cli.stdin(secret).run(args.toArray(String[]::new));
    }

    private Cli.Result addServer(String name, String url, String password) {
        return cli.stdin(password)
                .run(
                        "add",
                        "pingfederate-server",
                        "--vault",
                        vault.toString(),
                        "--name",
                        name,
                        "--url",
                        url,
                        "--username",
                        "administrator");
    }

    private void assertFails(Cli.Result r, String message) {
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("p1vault: " + message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void gatewayCredentialFromStandardInput() throws Exception {
        String jwt = TestCredentials.jwt("jti-1");
        Cli.Result r = addCredential("PF prod", "  " + jwt.substring(0, 40) + "\n" + jwt.substring(40) + "  \n");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines())
                .containsExactly(
                        GatewayCredentials.SIGNATURE_NOTE,
                        "Added the PingOne gateway credential \"PF prod\" to " + vault.toRealPath() + ".");
        try (Vault v = cli.open(vault)) {
            GatewayCredentialEntry e =
                    (GatewayCredentialEntry) v.document().entries.get(0);
            assertThat(e.getName()).isEqualTo("PF prod");
            assertThat(new String(e.getCredential().reveal())).isEqualTo(jwt);
            assertThat(e.getClaims().jti).isEqualTo("jti-1");
            assertThat(e.getClaims().region).isEqualTo("eu");
        }
    }

    @Test
    void gatewayCredentialFromAFileWithItsWarnings() throws Exception {
        Map<String, Object> claims = TestCredentials.claims("jti-2");
        claims.put("gatewayType", "API_GATEWAY");
        claims.put("aud", new String[] {"https://example.com"});
        Path file = Files.writeString(dir.resolve("credential.txt"), TestCredentials.jwt(claims, "c2ln") + "\r\n");
        Cli.Result r = cli.run(
                "add",
                "gateway-credential",
                "--vault",
                vault.toString(),
                "--name",
                "gw",
                "--from-file",
                file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.errLines())
                .containsExactly(
                        "p1vault: warning: This credential is for a API_GATEWAY gateway, not PingFederate: PingFederate will refuse it.",
                        "p1vault: warning: The PingOne region could not be told from the credential's audience; choose it when you use it.",
                        GatewayCredentials.SIGNATURE_NOTE,
                        "Added the PingOne gateway credential \"gw\" to " + vault.toRealPath() + ".");
    }

    @Test
    void theSameCredentialTwiceNamesTheEntryHoldingIt() {
        String jwt = TestCredentials.jwt("jti-1");
        assertThat(addCredential("first", jwt).exit()).isZero();
        assertFails(addCredential("second", jwt), "This credential is already in the vault, as \"first\".");
    }

    @Test
    void aDuplicateName() {
        assertThat(addCredential("gw", TestCredentials.jwt("jti-1")).exit()).isZero();
        assertFails(
                addCredential("gw", TestCredentials.jwt("jti-2")),
                "There is already a PingOne gateway credential named \"gw\".");
    }

    @Test
    void garbledCredentials() throws Exception {
        String header = TestCredentials.base64Url("{\"alg\":\"RS256\"}");
        String payload = TestCredentials.jwt("jti-1").split("\\.")[1];
        assertFails(
                addCredential("gw", "hello world"),
                "this is not a PingOne credential: a credential is a JWT " + "of three parts separated by dots");
        assertFails(
                addCredential("gw", header + ".@@@." + "sig"),
                "the credential contains characters a JWT cannot have; copy it again from PingOne");
        assertFails(
                addCredential("gw", header + ".A." + "sig"),
                "the credential's JWT payload cannot be decoded; copy the credential again from PingOne");
        assertFails(
                addCredential("gw", header + "." + TestCredentials.base64Url("not json") + ".sig"),
                "the credential's JWT payload cannot be decoded; copy the credential again from PingOne");
        assertFails(
                addCredential("gw", header + "." + payload + "."),
                "the credential has no signature part; it was probably cut off when copied");
        assertFails(addCredential("gw", "\n"), "the credential is empty");
        try (Vault v = cli.open(vault)) {
            assertThat(v.document().entries).isEmpty();
        }
    }

    @Test
    void pingOneApplication() throws Exception {
        Cli.Result r = addApp("billing", "s3cr3t\n", "--auth-method", "post", "--type", "oidc");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines())
                .containsExactly("Added the PingOne application \"billing\" to " + vault.toRealPath() + ".");
        try (Vault v = cli.open(vault)) {
            PingOneApplicationEntry e =
                    (PingOneApplicationEntry) v.document().entries.get(0);
            assertThat(e.getType()).isEqualTo("oidc");
            assertThat(e.getEnvironmentId()).isEqualTo(ENV);
            assertThat(e.getRegion()).isEqualTo("eu");
            assertThat(e.getClientId()).isEqualTo("client-1");
            assertThat(e.getTokenAuthMethod()).isEqualTo("post");
            assertThat(new String(e.getClientSecret().reveal())).isEqualTo("s3cr3t");
        }
    }

    @Test
    void aDeprecatedRegionIsAcceptedWithAWarning() {
        Cli.Result r = addApp("billing", "s3cr3t", "--region", "asia");
        assertThat(r.exit()).isZero();
        assertThat(r.errLines())
                .startsWith("p1vault: warning: The region \"asia\" is deprecated by Ping; use \"com.au\".");
    }

    @Test
    void invalidApplicationFields() {
        assertFails(
                addApp("a", "s", "--environment-id", "not-a-uuid"),
                "The environment ID must be a UUID such as 3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90.");
        assertFails(
                addApp("a", "s", "--region", "mars"),
                "Unknown PingOne region \"mars\"; use one of [com, eu, ca, com.au, sg, asia].");
        assertFails(addApp("a", "s", "--type", "spa"), "The type must be one of [worker, oidc].");
        assertFails(addApp("a", "s", "--auth-method", "jwt"), "The auth-method must be one of [basic, post].");
        assertFails(addApp("a", "\n"), "The secret is empty.");
        assertFails(addApp("a", ""), "The secret is empty.");
    }

    @Test
    void onlyOneTrailingLineEndingIsDropped() throws Exception {
        Path file = Files.write(dir.resolve("secret"), "two lines\n\n".getBytes(StandardCharsets.UTF_8));
        assertThat(cli.run(
                                "add",
                                "pingone-app",
                                "--vault",
                                vault.toString(),
                                "--name",
                                "a",
                                "--type",
                                "worker",
                                "--environment-id",
                                ENV,
                                "--region",
                                "eu",
                                "--client-id",
                                "c",
                                "--from-file",
                                file.toString())
                        .exit())
                .isZero();
        try (Vault v = cli.open(vault)) {
            assertThat(new String(v.document().entries.get(0).secret().reveal()))
                    .isEqualTo("two lines\n");
        }
    }

    @Test
    void pingFederateServer() throws Exception {
        Cli.Result r = addServer("pf1", "https://pf.example.com:9999/", "pa55word\r\n");
        assertThat(r.exit()).isZero();
        assertThat(r.errLines())
                .containsExactly("Added the PingFederate server \"pf1\" to " + vault.toRealPath() + ".");
        try (Vault v = cli.open(vault)) {
            PingFederateServerEntry e =
                    (PingFederateServerEntry) v.document().entries.get(0);
            assertThat(e.getAdminUrl()).isEqualTo("https://pf.example.com:9999");
            assertThat(e.getUsername()).isEqualTo("administrator");
            assertThat(new String(e.getSecret().reveal())).isEqualTo("pa55word");
        }
    }

    @Test
    void invalidServerFields() {
        assertFails(
                addServer("pf", "http://pf.example.com:9999", "pw"),
                "The admin URL must be https://host[:port], e.g. https://pf.example.com:9999.");
        assertFails(addServer("pf", "https://pf example", "pw"), "The admin URL is not a valid URL.");
        assertFails(addServer("pf", "https://pf.example.com", ""), "The secret is empty.");
    }

    @Test
    void namesAreUniquePerKindOnly() {
        assertThat(addServer("shared", "https://pf.example.com", "pw").exit()).isZero();
        assertThat(addApp("shared", "s").exit()).isZero();
        assertFails(addApp("shared", "s"), "There is already a PingOne application named \"shared\".");
    }

    @Test
    void anUnreadableSecretFile() {
        Path missing = dir.resolve("missing.txt");
        assertFails(
                cli.run(
                        "add",
                        "gateway-credential",
                        "--vault",
                        vault.toString(),
                        "--name",
                        "gw",
                        "--from-file",
                        missing.toString()),
                "Cannot read the credential file " + missing + ": no such file or folder.");
    }

    @Test
    void aSecretFileThatIsNotUtf8() throws Exception {
        Path latin1 = Files.write(dir.resolve("secret"), new byte[] {'p', (byte) 0xE4, 's', 's'});
        assertFails(
                cli.run(
                        "add",
                        "pingfederate-server",
                        "--vault",
                        vault.toString(),
                        "--name",
                        "pf",
                        "--url",
                        "https://pf",
                        "--username",
                        "u",
                        "--from-file",
                        latin1.toString()),
                "the password file " + latin1 + " is not UTF-8 text.");
    }

    @Test
    void onATerminalSaysHowToEndThePaste() {
        cli.terminal();
        Cli.Result r = addServer("pf1", "https://pf.example.com", "pw\n");
        assertThat(r.exit()).isZero();
        assertThat(r.errLines())
                .startsWith("Paste the password, then end the input (Ctrl-D; on Windows Ctrl-Z and Enter).");
    }

    @Test
    void missingRequiredOptionsAreUsageErrors() {
        Cli.Result r = cli.stdin("s").run("add", "pingone-app", "--vault", vault.toString(), "--name", "a");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("Missing required options: '--type=worker|oidc', '--environment-id=ID', "
                        + "'--region=R', '--client-id=ID'");
    }
}
