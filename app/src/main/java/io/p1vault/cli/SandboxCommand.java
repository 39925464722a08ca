package io.p1vault.cli;

import io.p1vault.model.PingOneRegion;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import io.p1vault.pingfederate.standin.PingOneStandIn;
import io.p1vault.storage.IoErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.Arrays;
import java.util.concurrent.Callable;

@Command(
        name = "sandbox",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a local STAND-IN for PingFederate's admin API (not PingFederate) on this computer only, "
                    + "to try p1vault without a server: HTTPS with a new self-signed certificate, a new admin password, "
                    + "and the PingOne connection API. It keeps nothing when it stops.",
            "Beside it, a STAND-IN for PingOne's token endpoint and gateway credential API (not PingOne), whose "
                    + "credentials the PingFederate stand-in accepts, so a whole rotation can be tried. Because you "
                    + "asked for a sandbox, it prints its made-up secrets: the admin password, the worker "
                    + "application's client secret and a first gateway credential. Nothing else in p1vault prints a "
                    + "secret unasked.",
            "Runs until stopped with Ctrl-C (it does not read standard input, so it can run in the background)."
        })
final class SandboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "9999",
            description =
                    "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}, PingFederate's admin port; 0: any free one).")
    int port;

    @Option(
            names = "--clustered",
            description = "Answer as the admin console of a cluster of one console and two "
                    + "engine nodes: every write makes replication required, and pf replicate clears it (default: standalone, "
                    + "which answers 403 on /cluster/*).")
    boolean clustered;

    @Option(
            names = "--pingone-port",
            paramLabel = "N",
            defaultValue = "9998",
            description = "The PingOne stand-in's port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free one).")
    int pingOnePort;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535 || pingOnePort < 0 || pingOnePort > 65535) {
            throw new CliException("--port and --pingone-port must be between 0 and 65535.");
        }
        char[] password = PingFederateStandIn.generatePassword();
        PingFederateStandIn standIn;
        try {
            standIn = PingFederateStandIn.start(port, password, clustered);
        } catch (BindException e) {
            Arrays.fill(password, '\0');
            throw new CliException("Port " + port + " is in use; choose another with --port (0 picks a free one).");
        } catch (IOException e) {
            Arrays.fill(password, '\0');
            throw new CliException("Cannot start the stand-in: " + IoErrors.reason(e) + ".");
        }
        PingOneStandIn pingOne;
        try {
            pingOne = PingOneStandIn.start(pingOnePort, PingOneRegion.NORTH_AMERICA);
        } catch (IOException e) {
            standIn.close();
            Arrays.fill(password, '\0');
            throw new CliException("Cannot start the PingOne stand-in on port " + pingOnePort + ": "
                    + IoErrors.reason(e) + "; choose another with --pingone-port (0 picks a free one).");
        }
        standIn.reportCredentialUse(pingOne.credentialUse());
        try (standIn;
                pingOne) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("p1vault sandbox: a local STAND-IN for PingFederate's admin API. It is NOT PingFederate.");
            out.println("URL:          " + standIn.adminUrl());
            out.println("Admin user:   " + PingFederateStandIn.ADMIN_USER);
            out.print("Password:     ");
            out.println(password);
            out.println("Certificate:  SHA-256 " + standIn.certificate().sha256());
            out.println("Version:      " + PingFederateStandIn.VERSION);
            out.println("Mode:         " + (clustered ? "clustered (one console, two engine nodes)" : "standalone"));
            out.println();
            out.println("Try it (the password on standard input):");
            out.println("  p1vault add pingfederate-server --vault V --name sandbox --url " + standIn.adminUrl()
                    + " --username " + PingFederateStandIn.ADMIN_USER);
            out.println("  p1vault server trust --vault V --server sandbox --fingerprint "
                    + standIn.certificate().sha256());
            out.println("  p1vault pf push --vault V --server sandbox --credential NAME");
            if (clustered) {
                out.println("  p1vault pf cluster --vault V --server sandbox");
                out.println("  p1vault pf replicate --vault V --server sandbox");
            }
            printPingOne(out, pingOne);
            out.println("Stop it with Ctrl-C; it keeps nothing.");
            out.flush();
            Arrays.fill(password, '\0');
            try {
                // Until the process ends (Ctrl-C) or, in-process, the thread is interrupted.
                Thread.currentThread().join();
            } catch (InterruptedException stop) {
                spec.commandLine().getErr().println("Stand-in stopped.");
                spec.commandLine().getErr().flush();
            }
        }
        return 0;
    }

    private static void printPingOne(PrintWriter out, PingOneStandIn pingOne) {
        out.println();
        out.println("PingOne stand-in (NOT PingOne), region com:");
        out.println("API URL:        " + pingOne.apiUrl());
        out.println("Token URL:      " + pingOne.tokenUrl());
        out.println("Environment ID: " + pingOne.environmentId());
        out.println("Gateway ID:     " + pingOne.gatewayId());
        out.println("Worker client:  " + pingOne.clientId());
        char[] secret = pingOne.clientSecret();
        out.print("Worker secret:  ");
        out.println(secret);
        Arrays.fill(secret, '\0');
        out.println("Certificate:    SHA-256 " + pingOne.certificate().sha256());
        char[] credential = pingOne.createCredential();
        out.print("A first gateway credential: ");
        out.println(credential);
        Arrays.fill(credential, '\0');
        out.println();
        out.println("Try a rotation (each secret on standard input):");
        out.println("  p1vault add gateway-credential --vault V --name gw");
        out.println("  p1vault pf push --vault V --server sandbox --credential gw");
        out.println("  p1vault add pingone-app --vault V --name worker --type worker --region com --environment-id "
                + pingOne.environmentId() + " --client-id " + pingOne.clientId() + " --api-url " + pingOne.apiUrl()
                + " --token-url " + pingOne.tokenUrl());
        out.println("  p1vault pingone trust --vault V --app worker --fingerprint "
                + pingOne.certificate().sha256());
        out.println("  p1vault pingone credentials --vault V --app worker --gateway-credential gw");
        out.println("  p1vault rotate --vault V --credential gw --app worker --revoke-old");
    }
}
