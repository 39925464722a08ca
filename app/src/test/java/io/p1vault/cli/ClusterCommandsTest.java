package io.p1vault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.TestCredentials;
import io.p1vault.model.VaultJson;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clusters from the command line against the stand-in in both modes: what a write says about the
 * engines, --replicate / --no-replicate / a terminal / a script, pf cluster, pf replicate, server
 * test, and what the vault records.
 */
class ClusterCommandsTest {
    private static final String PASSWORD = "CANARY-pf-cluster-61d0";

    @TempDir
    Path dir;

    private PingFederateStandIn pf;
    private String v;

    @AfterEach
    void tearDown() {
        if (pf != null) {
            pf.close();
        }
    }

    /** A vault with the server "pf" (trusted) and the gateway credential "gw"; the stand-in in {@code clustered} mode. */
    private Cli start(boolean clustered) throws Exception {
        pf = PingFederateStandIn.start(0, PASSWORD.toCharArray(), clustered);
        Cli cli = new Cli(dir);
        v = cli.vaultWithTrustedServer(pf, PASSWORD);
        ok(cli.stdin(TestCredentials.jwt(TestCredentials.claims("jti-cl"), "c2ln"))
                .run("add", "gateway-credential", "--vault", v, "--name", "gw"));
        return cli;
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out() + r.err()).doesNotContain(PASSWORD);
        return r;
    }

    private JsonNode deployment(Cli cli) throws Exception {
        JsonNode shown = VaultJson.mapper()
                .readTree(ok(cli.run("show", "--vault", v, "gw", "--json")).out());
        return shown.path("deployments").get(0);
    }

    private JsonNode cluster(Cli cli) throws Exception {
        return VaultJson.mapper()
                .readTree(ok(cli.run("pf", "cluster", "--vault", v, "--server", "pf", "--json"))
                        .out());
    }

    @Test
    void standaloneWritesSayNothingAboutEnginesAndReplicateIsRefused() throws Exception {
        Cli cli = start(false);
        Cli.Result pushed = ok(cli.run("pf", "push", "--vault", v, "--server", "pf", "--credential", "gw"));
        assertThat(pushed.err()).doesNotContain("engine").doesNotContain("replicate");
        assertThat(deployment(cli).path("replication").textValue()).isNull();
        assertThat(cluster(cli).path("clustered").asBoolean(true)).isFalse();
        assertThat(ok(cli.run("server", "test", "--vault", v, "--server", "pf")).out())
                .containsPattern("(?m)^cluster:\\s+standalone$");
        Cli.Result refused = cli.run("pf", "replicate", "--vault", v, "--server", "pf", "--yes");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("standalone PingFederate (403 on /cluster/status)");
    }

    @Test
    void withoutATerminalAWritePrintsTheCommandAndTheDeploymentIsPending() throws Exception {
        Cli cli = start(true);
        assertThat(ok(cli.run("server", "test", "--vault", v, "--server", "pf")).out())
                .containsPattern("(?m)^cluster:\\s+clustered, 3 nodes \\(1 console, 2 engines\\)$");
        Cli.Result pushed = ok(cli.run("pf", "push", "--vault", v, "--server", "pf", "--credential", "gw"));
        assertThat(pushed.err())
                .contains("Created the PingOne connection")
                .contains("2 engine nodes have not received this change.")
                .contains("Not replicated. To send it to the engine nodes: p1vault pf replicate --vault " + v
                        + " --server pf");
        assertThat(deployment(cli).path("replication").asText()).isEqualTo("pending");
        assertThat(deployment(cli).path("replicatedAt").textValue()).isNull();

        JsonNode status = cluster(cli);
        assertThat(status.path("clustered").asBoolean()).isTrue();
        assertThat(status.path("replicationRequired").asBoolean()).isTrue();
        assertThat(status.path("nodes")).hasSize(3);
        assertThat(status.path("nodes").get(1).path("mode").asText()).isEqualTo("CLUSTERED_ENGINE");
        assertThat(status.path("nodes").get(1).path("replicationStatus").asText())
                .isEqualTo("OUT_OF_DATE");
        Cli.Result text = ok(cli.run("pf", "cluster", "--vault", v, "--server", "pf"));
        assertThat(text.out()).contains("address:", "127.0.0.1:7601", "CLUSTERED_CONSOLE", "replicationRequired:");
        assertThat(text.err()).contains("2 engine nodes lack the console's latest configuration");

        Cli.Result dry = ok(cli.run("pf", "replicate", "--vault", v, "--server", "pf", "--dry-run"));
        assertThat(dry.out())
                .contains("POST /pf-admin-api/v1/cluster/replicate", "Dry run: nothing was sent")
                .doesNotContain("Content-Type");
        assertThat(cluster(cli).path("replicationRequired").asBoolean())
                .as("a dry run sends nothing")
                .isTrue();
        Cli.Result noAnswer = cli.run("pf", "replicate", "--vault", v, "--server", "pf");
        assertThat(noAnswer.exit()).isEqualTo(1);
        assertThat(noAnswer.err()).contains("run again with --yes");

        Cli.Result replicated = ok(cli.run("pf", "replicate", "--vault", v, "--server", "pf", "--yes"));
        assertThat(replicated.err())
                .contains("Replicated the configuration of \"pf\" to 2 engine nodes: "
                        + "Replication completed successfully.");
        assertThat(deployment(cli).path("replication").asText()).isEqualTo("replicated");
        assertThat(Instant.parse(deployment(cli).path("replicatedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(deployment(cli).path("at").asText()));
        assertThat(cluster(cli).path("replicationRequired").asBoolean()).isFalse();
        assertThat(ok(cli.run("history", "--vault", v)).out())
                .contains("replicated the configuration of \"pf\" to 2 "
                        + "engine nodes; 1 deployment now on the engines");
    }

    @Test
    void replicateAndNoReplicateDecideWithoutAsking() throws Exception {
        Cli cli = start(true);
        Cli.Result replicated =
                ok(cli.run("pf", "push", "--vault", v, "--server", "pf", "--credential", "gw", "--replicate"));
        assertThat(replicated.err())
                .contains("2 engine nodes have not received this change.")
                .contains("Replicated the configuration of \"pf\" to 2 engine nodes");
        assertThat(deployment(cli).path("replication").asText()).isEqualTo("replicated");

        Cli terminal = new Cli(dir).terminal("yes");
        Cli.Result kept = ok(terminal.run(
                "pf",
                "set",
                "--vault",
                v,
                "--server",
                "pf",
                "--connection",
                "PF gateway",
                "--active",
                "false",
                "--no-replicate"));
        assertThat(terminal.prompts).as("--no-replicate never asks").isEmpty();
        assertThat(kept.err()).contains("Not replicated. To send it to the engine nodes: p1vault pf replicate");
        assertThat(deployment(cli).path("replication").asText()).isEqualTo("pending");

        Cli.Result both = cli.run(
                "pf",
                "set",
                "--vault",
                v,
                "--server",
                "pf",
                "--connection",
                "PF gateway",
                "--active",
                "true",
                "--replicate",
                "--no-replicate");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).contains("contradict each other");
    }

    @Test
    void atATerminalTheUserIsAskedAndAFailedReplicationDoesNotFailTheWrite() throws Exception {
        Cli cli = start(true);
        ok(cli.run("pf", "push", "--vault", v, "--server", "pf", "--credential", "gw", "--no-replicate"));
        Cli terminal = new Cli(dir).terminal("y");
        Cli.Result asked = ok(terminal.run(
                "pf", "set", "--vault", v, "--server", "pf", "--connection", "PF gateway", "--description", "asked"));
        assertThat(terminal.prompts).containsExactly("Replicate the configuration to the engine nodes now? [y/N] ");
        assertThat(asked.err()).contains("Replicated the configuration of \"pf\"");

        pf.failNextReplication(422, "Replication is not allowed while a configuration import is running.");
        Cli.Result refused = cli.run(
                "pf", "delete", "--vault", v, "--server", "pf", "--connection", "PF gateway", "--yes", "--replicate");
        assertThat(refused.exit()).as("%s", refused).isZero();
        assertThat(refused.err())
                .contains("Deleted the PingOne connection")
                .contains("p1vault: warning: replication failed: ")
                .contains("Replication is not allowed while a configuration import is running")
                .contains("The change itself was made; to retry: p1vault pf replicate");
        assertThat(cluster(cli).path("replicationRequired").asBoolean()).isTrue();
    }

    @Test
    void theSandboxStartsClustered() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cmd = P1vaultCommand.commandLine(new Cli(dir));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread =
                new Thread(() -> exit.complete(cmd.execute("sandbox", "--port", "0", "--clustered")), "sandbox");
        thread.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!out.toString().contains("Stop it with") && Instant.now().isBefore(deadline) && !exit.isDone()) {
            Thread.sleep(20);
        }
        thread.interrupt();
        assertThat(exit.get()).isZero();
        assertThat(out.toString())
                .contains("Mode:         clustered (one console, two engine nodes)")
                .contains("p1vault pf replicate --vault V --server sandbox");
    }
}
