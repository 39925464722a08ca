package io.p1vault.cli;

import io.p1vault.TestCredentials;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code p1vault pf provisioning} against the stand-in: dry run, create, no-op, confirmed update, refusals. */
class PfProvisioningCommandTest {
    private static final String PASSWORD = "CANARY-pf-prov-2a7e";

    @TempDir
    Path dir;

    private PingFederateStandIn pf;
    private Cli cli;
    private String v;

    @BeforeEach
    void setUp() throws Exception {
        pf = PingFederateStandIn.start(0, PASSWORD.toCharArray());
        cli = new Cli(dir);
        v = cli.vaultWithTrustedServer(pf, PASSWORD);
        cli.stdin(TestCredentials.jwt(TestCredentials.claims("jti-prov"), "c2ln"));
        ok(cli.run("add", "gateway-credential", "--vault", v, "--name", "gw"));
        ok(cli.run(
                "pf", "push", "--vault", v, "--server", "pf", "--credential", "gw", "--connection-name", "Workforce"));
    }

    @AfterEach
    void tearDown() {
        pf.close();
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out() + r.err()).doesNotContain(PASSWORD);
        return r;
    }

    private Cli.Result provisioning(String... extra) {
        return provisioningFrom("LDAP-PingDirectory", extra);
    }

    private Cli.Result provisioningFrom(String dataStore, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "pf",
                "provisioning",
                "--vault",
                v,
                "--server",
                "pf",
                "--connection",
                "Workforce",
                "--data-store",
                dataStore,
                "--base-dn",
                "ou=people,dc=example,dc=com"));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void dryRunThenCreateThenUpdateOnlyWhenConfirmed() {
        pf.recordRequests();
        Cli.Result dry = ok(provisioning("--dry-run"));
        assertThat(dry.err()).contains("Would create the SP connection \"PingOne provisioning: Workforce\" (active)");
        assertThat(dry.out())
                .contains(
                        "POST /pf-admin-api/v1/idp/spConnections",
                        "\"PINGONE_ENVIRONMENT\"",
                        "Dry run: nothing was sent to PingFederate");
        assertThat(pf.recordedRequests()).isNotEmpty().allMatch(r -> r.method().equals("GET"));

        Cli.Result created = ok(provisioning());
        assertThat(created.errLines())
                .last()
                .asString()
                .matches(
                        "Created the SP connection \"PingOne provisioning: Workforce\" \\(\\w+\\) on \"pf\", active\\.");

        assertThat(ok(provisioning()).errLines())
                .containsExactly(
                        "Nothing to change: the SP connection \"PingOne provisioning: Workforce\" already says that.");

        Cli.Result unconfirmed = provisioning("--inactive");
        assertThat(unconfirmed.exit()).isEqualTo(1);
        assertThat(unconfirmed.err()).contains("Would change active: true -> false", "run again with --yes");

        Cli.Result deleting = ok(provisioning("--inactive", "--yes", "--remove-action", "delete", "--no-create"));
        assertThat(deleting.err()).contains("Would change active: true -> false");
        Cli.Result badAction = provisioning("--remove-action", "purge");
        assertThat(badAction.exit()).isEqualTo(2);
        assertThat(badAction.err()).contains("unknown remove action 'purge'; use one of disable, delete");

        Cli.Result updated = ok(provisioning("--inactive", "--yes"));
        assertThat(updated.errLines()).last().asString().startsWith("Updated the SP connection");
        assertThat(ok(cli.run("history", "--vault", v)).out())
                .contains(
                        "Created the SP connection \"PingOne " + "provisioning: Workforce\"",
                        "Updated the SP connection",
                        "inactive");
    }

    @Test
    void unknownConnectionOrDataStoreIsOneClearLine() {
        Cli.Result noStore = provisioningFrom("ProvisionerDS");
        assertThat(noStore.exit()).isEqualTo(1);
        assertThat(noStore.errLines())
                .containsExactly("p1vault: PingFederate at localhost:" + pf.port() + " has no LDAP data store "
                        + "\"ProvisionerDS\"; its LDAP data stores: LDAP-PingDirectory (LDAP, PingDirectory).");
        Cli.Result noConnection = cli.run(
                "pf",
                "provisioning",
                "--vault",
                v,
                "--server",
                "pf",
                "--connection",
                "nope",
                "--data-store",
                "LDAP-PingDirectory",
                "--base-dn",
                "dc=example,dc=com");
        assertThat(noConnection.errLines())
                .containsExactly("p1vault: PingFederate at localhost:" + pf.port() + " has no PingOne "
                        + "connection with the ID or name \"nope\".");
    }
}
