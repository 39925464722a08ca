package io.p1vault.cli;

import io.p1vault.pingfederate.standin.PingFederateStandIn;
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

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CliException("--port must be between 0 and 65535.");
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
        try (standIn) {
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
}
