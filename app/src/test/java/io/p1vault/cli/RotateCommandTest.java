package io.p1vault.cli;

import io.p1vault.desktop.AppLog;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.RotationStep;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import io.p1vault.pingfederate.standin.PingOneFixture;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole rotation through the command line against the PingFederate and PingOne stand-ins:
 * each failure point leaves the new credential in the vault and a plan that the printed command
 * resumes; the worker secret and both credentials never reach any output.
 */
class RotateCommandTest {
    private static final String PASSWORD = "CANARY-rotate-admin-5c1d";

    @TempDir
    Path dir;

    private PingFederateStandIn pf;
    private PingOneFixture pingOne;
    private Cli cli;
    private String vault;
    private String oldToken;
    private String oldId;
    private String workerSecret;
    private final List<String> outputs = new ArrayList<>();

    @AfterEach
    void tearDown() {
        if (pingOne != null) {
            pingOne.close();
        }
        if (pf != null) {
            pf.close();
        }
    }

    /** A vault with the server "pf" (trusted), the credential "gw" pushed to it, and the trusted worker "worker". */
    private void setUp(boolean clustered) throws Exception {
        AppLog.install(dir.resolve("logs"));
        pf = PingFederateStandIn.start(0, PASSWORD.toCharArray(), clustered);
        pingOne = new PingOneFixture(pf);
        cli = new Cli(dir);
        vault = cli.vaultWithTrustedServer(pf, PASSWORD);
        oldToken = new String(pingOne.pingOne.createCredential());
        oldId = pingOne.credentialIds().get(0);
        ok("add", "gateway-credential", "--vault", vault, "--name", "gw", "--from-file", file("old", oldToken));
        ok("pf", "push", "--vault", vault, "--server", "pf", "--credential", "gw", "--yes", "--replicate");
        char[] secret = pingOne.pingOne.clientSecret();
        workerSecret = new String(secret);
        Arrays.fill(secret, '\0');
        ok(
                "add",
                "pingone-app",
                "--vault",
                vault,
                "--name",
                "worker",
                "--type",
                "worker",
                "--region",
                "eu",
                "--environment-id",
                pingOne.pingOne.environmentId(),
                "--client-id",
                pingOne.pingOne.clientId(),
                "--auth-method",
                "post",
                "--api-url",
                pingOne.pingOne.apiUrl(),
                "--token-url",
                pingOne.pingOne.tokenUrl(),
                "--from-file",
                file("secret", workerSecret));
        ok(
                "pingone",
                "trust",
                "--vault",
                vault,
                "--app",
                "worker",
                "--fingerprint",
                pingOne.pingOne.certificate().sha256());
    }

    @Test
    void theWholeRotationReplacesTheCredentialEverywhereAndRevokesTheOldOne() throws Exception {
        setUp(false);
        Cli.Result listed = ok(
                "pingone", "credentials", "--vault", vault, "--app", "worker", "--gateway-credential", "gw", "--json");
        assertThat(listed.out().replace(" ", ""))
                .contains("\"id\":\"" + oldId + "\"", "\"entry\":\"gw\"", "\"server\":\"pf\"", "\"lastUsedAt\":\"20");
        Cli.Result dry = ok("rotate", "--vault", vault, "--credential", "gw", "--app", "worker", "--dry-run");
        assertThat(dry.err()).contains("push to pf / p1vault sandbox gateway: pending", "revoke: pending");
        assertThat(pingOne.credentialIds()).containsExactly(oldId);

        Cli.Result r = ok("rotate", "--vault", vault, "--credential", "gw", "--app", "worker", "--revoke-old", "--yes");

        assertThat(r.err())
                .contains(
                        "create: done",
                        "push to pf / p1vault sandbox gateway: done",
                        "replicate on pf: skipped (standalone)",
                        "check on pf / p1vault sandbox gateway: done (VALID)",
                        "revoke: done",
                        "Rotated");
        String newId = finishedRotation();
        assertThat(pingOne.credentialIds()).containsExactly(newId);
        Cli.Result status = ok("pf", "list", "--vault", vault, "--server", "pf");
        assertThat(status.out()).contains(newId).doesNotContain(oldId);
        assertNoSecretIn(outputs);
    }

    @Test
    void aClusterIsReplicatedBeforeTheOldCredentialIsRevoked() throws Exception {
        setUp(true);
        Cli.Result r = ok(
                "rotate",
                "--vault",
                vault,
                "--credential",
                "gw",
                "--app",
                "worker",
                "--replicate",
                "--revoke-old",
                "--yes");
        assertThat(r.err()).contains("replicate on pf: done");
        finishedRotation();
        assertNoSecretIn(outputs);
    }

    @Test
    void withoutReplicationOrConsentTheRotationWaitsAndTheCommandResumesIt() throws Exception {
        setUp(true);
        Cli.Result waiting = ok("rotate", "--vault", vault, "--credential", "gw", "--app", "worker", "--yes");
        assertThat(waiting.err()).contains("replicate on pf: pending", "To resume: p1vault rotate");
        assertThat(pingOne.credentialIds()).hasSize(2).contains(oldId);
        Cli.Result unrevoked = resume(waiting);
        assertThat(unrevoked.exit()).isZero();
        assertThat(unrevoked.err()).contains("replicate on pf: done", "revoke: pending", "--revoke-old");
        assertThat(pingOne.credentialIds()).contains(oldId);
        assertThat(resume(unrevoked).exit()).isZero();
        finishedRotation();
    }

    /** Where a rotation can fail after the new credential exists, and how the test makes it happen. */
    enum FailurePoint {
        PUSH_REFUSED,
        REPLICATION_FAILED,
        REVOCATION_REFUSED,
        TOKEN_REFUSED_AT_REVOCATION
    }

    @ParameterizedTest(name = "{0} leaves the new credential stored and a plan the printed command resumes")
    @EnumSource(FailurePoint.class)
    void eachFailureLeavesTheNewCredentialAndAResumablePlan(FailurePoint point) throws Exception {
        setUp(point == FailurePoint.REPLICATION_FAILED);
        List<String> args = new ArrayList<>(
                List.of("rotate", "--vault", vault, "--credential", "gw", "--app", "worker", "--replicate", "--yes"));
        switch (point) {
            case PUSH_REFUSED -> pf.failNextRequest(422, "Validation error(s) occurred.");
            case REPLICATION_FAILED -> pf.failNextReplication(500, "Replication is not possible now");
            case REVOCATION_REFUSED -> pingOne.refuseNextRevocation(403, "Actor does not have permissions");
            case TOKEN_REFUSED_AT_REVOCATION -> {
                Cli.Result waiting = ok(args.toArray(String[]::new));
                assertThat(waiting.err()).contains("revoke: pending");
                pingOne.refuseTokens(true);
            }
        }
        if (point != FailurePoint.TOKEN_REFUSED_AT_REVOCATION) {
            args.add("--revoke-old");
        }
        Cli.Result failed = point == FailurePoint.TOKEN_REFUSED_AT_REVOCATION
                ? run("rotate", "--vault", vault, "--credential", "gw", "--app", "worker", "--revoke-old", "--yes")
                : run(args.toArray(String[]::new));

        assertThat(failed.exit()).as(failed.toString()).isNotZero();
        assertThat(failed.err()).contains(": failed (", "The new credential is stored in the vault; to resume:");
        assertThat(Files.readString(AppLog.file().orElseThrow())).contains("p1vault rotate failed");
        try (Vault v = cli.open(Path.of(vault))) {
            GatewayCredentialEntry old = credential(v, "gw").orElseThrow();
            assertThat(old.getRotation()).isNotNull();
            assertThat(old.getRotation().firstUnfinished().state).isEqualTo(RotationStep.FAILED);
            GatewayCredentialEntry replacement = byId(v, old.getRotation().newEntryId);
            assertThat(replacement.getClaims().jti).isEqualTo(old.getRotation().newCredentialId);
        }
        assertThat(pingOne.credentialIds()).contains(oldId).hasSize(2);

        pingOne.refuseTokens(false);
        assertThat(resume(failed).exit()).isZero();
        finishedRotation();
        assertNoSecretIn(outputs);
    }

    @Test
    void aRefusedTokenAtTheStartCreatesAndChangesNothing() throws Exception {
        setUp(false);
        pingOne.refuseTokens(true);
        Cli.Result r = run("rotate", "--vault", vault, "--credential", "gw", "--app", "worker", "--yes");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("refused to issue a token");
        assertThat(pingOne.credentialIds()).containsExactly(oldId);
        try (Vault v = cli.open(Path.of(vault))) {
            assertThat(credential(v, "gw").orElseThrow().getRotation()).isNull();
        }
        assertNoSecretIn(outputs);
    }

    @Test
    void atFiveCredentialsTheRotationIsRefusedNamingTheUnusedOnes() throws Exception {
        setUp(false);
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Arrays.fill(pingOne.pingOne.createCredential(), '\0');
            unused.add(pingOne.credentialIds().get(i + 1));
        }
        Cli.Result r = run("rotate", "--vault", vault, "--credential", "gw", "--app", "worker", "--yes");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err())
                .contains("already has 5 credentials")
                .contains(unused)
                .doesNotContain(oldId);
        assertThat(pingOne.credentialIds()).hasSize(5);
        assertNoSecretIn(outputs);
    }

    @Test
    void applicationEndpointsMustBeHttps() throws Exception {
        setUp(false);
        Cli.Result r = run("edit", "worker", "--vault", vault, "--api-url", "http://localhost:1/v1");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("API URL must be an https URL");
    }

    /** The rotation finished: "gw" holds the new credential, the old one is aside and marked revoked; the new id. */
    private String finishedRotation() throws Exception {
        try (Vault v = cli.open(Path.of(vault))) {
            GatewayCredentialEntry current = credential(v, "gw").orElseThrow();
            assertThat(current.getRotation()).isNull();
            assertThat(current.getClaims().jti).isNotEqualTo(oldId);
            assertThat(current.getDeployments())
                    .singleElement()
                    .satisfies(d -> assertThat(d.credentialId).isEqualTo(current.getClaims().jti));
            assertThat(credential(v, "gw (revoked " + oldId.substring(0, 8) + ")"))
                    .isPresent();
            assertThat(pingOne.credentialIds()).doesNotContain(oldId);
            return current.getClaims().jti;
        }
    }

    private Cli.Result resume(Cli.Result stopped) {
        String line = stopped.err()
                .lines()
                .filter(l -> l.contains("p1vault rotate "))
                .reduce((a, b) -> b)
                .orElseThrow();
        String command = line.substring(line.indexOf("p1vault rotate ") + "p1vault ".length());
        return run(command.split(" "));
    }

    private void assertNoSecretIn(List<String> printed) throws Exception {
        List<String> secrets = new ArrayList<>(List.of(oldToken, workerSecret, PASSWORD));
        try (Vault v = cli.open(Path.of(vault))) {
            for (Entry e : v.document().entries) {
                if (e instanceof GatewayCredentialEntry g) {
                    secrets.add(new String(g.getCredential().reveal()));
                }
            }
        }
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(4);
        List<String> all = new ArrayList<>(printed);
        Path log = AppLog.file().orElseThrow();
        if (Files.exists(log)) {
            all.add(Files.readString(log));
        }
        for (String output : all) {
            for (String secret : secrets) {
                assertThat(output).doesNotContain(secret);
            }
        }
    }

    private static Optional<GatewayCredentialEntry> credential(Vault v, String name) {
        return v.document().entries.stream()
                .filter(GatewayCredentialEntry.class::isInstance)
                .map(GatewayCredentialEntry.class::cast)
                .filter(e -> e.getName().equals(name))
                .findFirst();
    }

    private static GatewayCredentialEntry byId(Vault v, java.util.UUID id) {
        return v.document().entries.stream()
                .filter(e -> e.getId().equals(id))
                .map(GatewayCredentialEntry.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private String file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private Cli.Result run(String... args) {
        Cli.Result r = cli.run(args);
        outputs.add(r.out());
        outputs.add(r.err());
        return r;
    }

    private Cli.Result ok(String... args) {
        Cli.Result r = run(args);
        assertThat(r.exit()).as("%s -> %s", List.of(args), r).isZero();
        return r;
    }
}
