package io.p1vault.cli;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.CertificateChangedException;
import io.p1vault.pingfederate.CertificateDetails;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.ServerIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Optional;

@Command(name = "trust", mixinStandardHelpOptions = true,
        description = {"Shows the certificate the server presents and pins its SHA-256 fingerprint in the entry "
                + "once you confirm, or when it matches --fingerprint.",
                "Compare the fingerprint with what PingFederate's admin console shows (Security > SSL Server "
                        + "Certificates) before you trust it."})
final class ServerTrustCommand extends ServerCommand {
    @Option(names = "--fingerprint", paramLabel = "SHA256",
            description = "Pin only if the server presents this SHA-256 fingerprint (hex, colons optional).")
    String fingerprint;

    @Option(names = "--yes", description = "Trust without asking.")
    boolean yes;

    @Override
    void run(Session s) throws Exception {
        String expected = null;
        if (fingerprint != null) {
            expected = CertificateDetails.normalize(fingerprint);
            if (expected == null) {
                throw new CliException("--fingerprint must be a SHA-256 fingerprint: 64 hex digits, colons optional.");
            }
        }
        PingFederateServerEntry server = s.server();
        PingFederateException refusal;
        try {
            ServerIdentity identity = s.api().client().probe();
            identity.certificate().describe().forEach(this::confirm);
            confirm("Nothing to do: the certificate of \"" + server.getName() + "\" is already "
                    + identity.describeTrust() + ".");
            return;
        } catch (PingFederateException e) {
            refusal = e;
        }
        Optional<CertificateDetails> presented = certificateOf(refusal);
        if (presented.isEmpty()) {
            throw refusal;
        }
        CertificateDetails certificate = presented.get();
        boolean changed = refusal instanceof CertificateChangedException;
        if (changed) {
            warn(refusal.getMessage());
        }
        certificate.describe().forEach(this::confirm);
        if (expected != null && !expected.equals(certificate.sha256())) {
            throw new CliException("The server presents the certificate with SHA-256 " + certificate.sha256()
                    + ", not the one given with --fingerprint (" + expected + "); nothing was trusted.");
        }
        if (expected == null && !confirmed(yes, "Trust this certificate for \"" + server.getName() + "\"?")) {
            confirm("Not trusted; nothing was changed.");
            return;
        }
        s.editor().pinCertificate(server, certificate.sha256(), changed);
        s.vault().save();
        confirm("Trusted the certificate with SHA-256 " + certificate.sha256() + " for \"" + server.getName()
                + "\"" + (changed ? ", instead of the one trusted before" : "") + ".");
    }
}
