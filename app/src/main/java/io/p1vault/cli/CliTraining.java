package io.p1vault.cli;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The training run for the command line's class cache (see the {@code p1vault} launcher): runs, in
 * one process, the commands a user runs most on a throw-away vault in {@code FOLDER}, so the JVM
 * records the classes and profiles those commands need. The vault has a low work factor and a
 * fixed passphrase: it holds nothing and is deleted by the caller with the folder.
 *
 * <p>Each command starts as a launch does ({@link Main#prepare}: the early key derivation and the
 * reading's warm-up), and the vault holds an entry of every kind, so that what a real {@code list}
 * or {@code show} runs (each kind's rules and reading, with their lambdas) is in the cache too.
 *
 * <p>Usage: {@code java -XX:AOTCacheOutput=CACHE -cp p1vault.jar io.p1vault.cli.CliTraining FOLDER}
 */
public final class CliTraining {
    private static final String PASSPHRASE = "training only";
    private static final String ENVIRONMENT_ID = "9b1f7c3e-52d4-4f0e-8a51-3f6a2f9d4c10";
    private static final String TRAINING_PIN = String.join(":", Collections.nCopies(32, "5a"));

    private CliTraining() {}

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 1) {
            System.err.println("usage: CliTraining FOLDER");
            System.exit(2);
        }
        // As a launch does: the log then comes from the cache too (it writes only failures).
        Main.installLog();
        String failed = train(Path.of(arguments[0]));
        if (failed != null) {
            // A cache from a run that failed halfway would leave out what the later commands need.
            System.err.println("CliTraining: " + failed);
            System.exit(1);
        }
    }

    /** Runs the training commands in {@code folder}; null when all succeeded, else which one failed. */
    static String train(Path folder) throws IOException {
        String vault = Files.createDirectories(folder).resolve("training.age").toString();
        String failed = run(additions(vault));
        if (failed != null) {
            return failed;
        }
        try {
            recordWhatTheNetworkAdds(Path.of(vault));
        } catch (VaultException e) {
            return "recording pins and a deployment failed: " + e.getMessage();
        }
        return run(readings(vault));
    }

    /** Runs {@code commands} in order; null when all succeeded, else which one failed. */
    private static String run(List<Command> commands) {
        for (Command command : commands) {
            String[] args = command.args().toArray(String[]::new);
            CliEnvironment env = command.environment();
            Main.prepare(args, env);
            int status = P1vaultCommand.commandLineFor(env, args).execute(args);
            if (status != 0) {
                return String.join(" ", command.args().subList(0, 2)) + " failed with status " + status;
            }
        }
        return null;
    }

    private record Command(CliEnvironment environment, List<String> args) {
        static Command of(String... args) {
            return reading("", args);
        }

        static Command reading(String stdin, String... args) {
            return new Command(new TrainingEnvironment(stdin), List.of(args));
        }

        /**
         * A command that reads nothing from its environment, run on the process's own as a launch
         * does, so that the cache holds what every launch loads before the key derivation starts.
         */
        static Command launched(String... args) {
            return new Command(CliEnvironment.system(), List.of(args));
        }
    }

    /** The commands that fill the vault with an entry of every kind. */
    private static List<Command> additions(String vault) {
        return List.of(
                Command.launched("--version"),
                Command.of("init", "--vault", vault, "--work-factor", "10"),
                Command.reading(
                        "training secret",
                        "add",
                        "pingone-app",
                        "--vault",
                        vault,
                        "--name",
                        "training app",
                        "--type",
                        "worker",
                        "--environment-id",
                        ENVIRONMENT_ID,
                        "--region",
                        "eu",
                        "--client-id",
                        "training-client"),
                Command.reading(
                        gatewayCredential(),
                        "add",
                        "gateway-credential",
                        "--vault",
                        vault,
                        "--name",
                        "training gateway"),
                Command.reading(
                        "training password",
                        "add",
                        "pingfederate-server",
                        "--vault",
                        vault,
                        "--name",
                        "training server",
                        "--url",
                        "https://pf.training.invalid:9999",
                        "--username",
                        "administrator"),
                Command.reading(
                        "training secret",
                        "add",
                        "client-credentials",
                        "--vault",
                        vault,
                        "--name",
                        "training client",
                        "--client-id",
                        "training-client",
                        "--token-url",
                        "https://auth.training.invalid/oauth/token"),
                Command.reading(
                        "training secret",
                        "add",
                        "pingfederate-server",
                        "--vault",
                        vault,
                        "--name",
                        "training oauth2 server",
                        "--url",
                        "https://pf2.training.invalid:9999",
                        "--auth",
                        "oauth2",
                        "--client-id",
                        "training-admin-client",
                        "--token-url",
                        "https://pf2.training.invalid:9031/as/token.oauth2"),
                Command.of("keygen", "--vault", vault, "--name", "training identity"));
    }

    /** The commands that read the filled vault, as users run them most. */
    private static List<Command> readings(String vault) {
        List<Command> commands = new ArrayList<>();
        for (String kind : List.of("training app", "training gateway", "training server", "training client")) {
            commands.add(Command.of("show", "--vault", vault, kind));
        }
        commands.add(Command.of("list", "--vault", vault));
        commands.add(Command.of("history", "--vault", vault));
        return commands;
    }

    /**
     * Gives the servers a pinned certificate and the gateway credential a deployment, as trusting a
     * server and pushing to it would (commands that need a real server). Real vaults hold both, and
     * their rules run in every list: left out here, their lambdas were missing from the cache and
     * generated by each run just after the key derivation, where every millisecond counts.
     */
    private static void recordWhatTheNetworkAdds(Path vault) throws IOException, VaultException {
        char[] passphrase = PASSPHRASE.toCharArray();
        try (Vault opened = Vault.open(vault, passphrase)) {
            VaultEditor editor = new VaultEditor(opened);
            PingFederateServerEntry server = null;
            for (Entry entry : editor.entries()) {
                if (entry instanceof PingFederateServerEntry s) {
                    server = s;
                    CertificatePin pin = CertificatePin.ofKey(CertificatePin.endpointOf(s.getAdminUrl()), TRAINING_PIN);
                    editor.serverRecords().pinCertificates(s, List.of(pin), false);
                }
            }
            for (Entry entry : editor.entries()) {
                if (entry instanceof GatewayCredentialEntry gateway && server != null) {
                    editor.serverRecords().recordDeployment(gateway, deploymentOn(server));
                }
            }
            opened.save();
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static Deployment deploymentOn(PingFederateServerEntry server) {
        Deployment deployment = new Deployment();
        deployment.serverId = server.getId();
        deployment.serverName = server.getName();
        deployment.connectionId = "training-connection";
        deployment.connectionName = "PingOne training";
        deployment.credentialId = "training-credential";
        deployment.at = Instant.now();
        deployment.state = "active";
        return deployment;
    }

    /** A gateway credential of the shape PingOne issues, for a PingFederate gateway that does not exist. */
    private static String gatewayCredential() {
        String claims = "{\"gatewayType\":\"PING_FEDERATE\",\"environmentId\":\"" + ENVIRONMENT_ID + "\","
                + "\"jti\":\"training\",\"iat\":1735689600,\"aud\":[\"https://auth.pingone.eu\"],"
                + "\"gatewayId\":\"5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e\",\"gatewayName\":\"training\","
                + "\"organizationId\":\"8d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"environmentName\":\"Training\"}";
        return base64Url("{\"alg\":\"RS256\"}") + "." + base64Url(claims) + "." + base64Url("training signature");
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The fixed passphrase in the variable a script would set, and the command's input on standard input. */
    private static final class TrainingEnvironment implements CliEnvironment {
        private final String stdin;

        TrainingEnvironment(String stdin) {
            this.stdin = stdin;
        }

        @Override
        public String variable(String name) {
            return PassphraseSource.VAULT_VARIABLE.equals(name) ? PASSPHRASE : null;
        }

        @Override
        public InputStream stdin() {
            return new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Optional<PasswordConsole> console() {
            return Optional.empty();
        }
    }
}
