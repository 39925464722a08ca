package io.p1vault.cli;

import io.p1vault.TestCredentials;
import io.p1vault.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Fill from credential": run.properties takes the environment and region from a vault credential. */
class RunPropsFromVaultTest {
    @TempDir
    Path dir;

    private Cli cli;
    private Path vault;
    private Path runProperties;
    private byte[] original;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir);
        vault = cli.init("v.age");
        runProperties = dir.resolve("run.properties");
        original = Files.readAllBytes(TestData.realRunProperties());
        Files.write(runProperties, original);
    }

    @Test
    void setsRegionAndEnvironmentFromTheCredential() throws Exception {
        assertThat(cli.stdin(TestCredentials.jwt("jti-1"))
                        .run("add", "gateway-credential", "--vault", vault.toString(), "--name", "prod")
                        .exit())
                .isZero();
        Cli.Result r = cli.run(
                "runprops", "pingone", runProperties.toString(), "--vault", vault.toString(), "--credential", "prod");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("+pf.pingone.admin.url.region=eu")
                .contains("+pf.pingone.admin.url.environment.id=" + TestCredentials.ENVIRONMENT_ID);
        String written = Files.readString(runProperties, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(written)
                .contains("pf.pingone.admin.url.region=eu")
                .contains("pf.pingone.admin.url.environment.id=" + TestCredentials.ENVIRONMENT_ID);
    }

    @Test
    void takesTheCredentialFromATeamVaultWithTheTeamOptions() throws Exception {
        assertThat(cli.run("keygen", "--vault", vault.toString(), "--name", "me")
                        .exit())
                .isZero();
        String team = dir.resolve("team").resolve("team.age").toString();
        Files.createDirectories(dir.resolve("team"));
        String[] teamOptions = {"--team", team, "--vault", vault.toString(), "--identity", "me"};
        assertThat(cli.run(withOptions(new String[] {"team", "create"}, teamOptions))
                        .exit())
                .isZero();
        assertThat(cli.stdin(TestCredentials.jwt("jti-team"))
                        .run(withOptions(new String[] {"add", "gateway-credential", "--name", "shared"}, teamOptions))
                        .exit())
                .isZero();

        Cli.Result r = cli.run(withOptions(
                new String[] {"runprops", "pingone", runProperties.toString(), "--credential", "shared"}, teamOptions));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(runProperties, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("pf.pingone.admin.url.region=eu")
                .contains("pf.pingone.admin.url.environment.id=" + TestCredentials.ENVIRONMENT_ID);
        Cli.Result personalOnly = cli.run(
                "runprops", "pingone", runProperties.toString(), "--vault", vault.toString(), "--credential", "shared");
        assertThat(personalOnly.err())
                .as("the credential is in the team vault only")
                .contains("No entry named");
        Cli.Result typed = cli.run(withOptions(
                new String[] {
                    "runprops",
                    "pingone",
                    runProperties.toString(),
                    "--region",
                    "eu",
                    "--environment-id",
                    TestCredentials.ENVIRONMENT_ID
                },
                new String[] {"--team", team}));
        assertThat(typed.exit()).isEqualTo(1);
        assertThat(typed.err()).contains("they go with --vault and --credential");
    }

    private static String[] withOptions(String[] command, String[] options) {
        String[] all = java.util.Arrays.copyOf(command, command.length + options.length);
        System.arraycopy(options, 0, all, command.length, options.length);
        return all;
    }

    @Test
    void aCredentialWithoutARegionAsksForTypedValuesAndChangesNothing() throws Exception {
        Map<String, Object> claims = TestCredentials.claims("jti-2");
        claims.put("aud", new String[] {"https://example.org"});
        cli.stdin(TestCredentials.jwt(claims, "c2ln"))
                .run("add", "gateway-credential", "--vault", vault.toString(), "--name", "odd");
        Cli.Result r = cli.run(
                "runprops", "pingone", runProperties.toString(), "--vault", vault.toString(), "--credential", "odd");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("does not say which PingOne region").contains("--region");
        assertThat(Files.readAllBytes(runProperties)).isEqualTo(original);
    }

    @Test
    void unknownCredentialAndMixedFormsAreRefused() throws Exception {
        Cli.Result missing = cli.run(
                "runprops", "pingone", runProperties.toString(), "--vault", vault.toString(), "--credential", "nope");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No entry named \"nope\"");
        Cli.Result mixed = cli.run(
                "runprops",
                "pingone",
                runProperties.toString(),
                "--vault",
                vault.toString(),
                "--credential",
                "x",
                "--region",
                "eu",
                "--environment-id",
                TestCredentials.ENVIRONMENT_ID);
        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(runProperties)).isEqualTo(original);
    }
}
