package io.p1vault.cli;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.CertificateChangedException;
import io.p1vault.pingfederate.CertificateDetails;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.ServerIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Command(name = "trust", mixinStandardHelpOptions = true,
        description = {"Shows the certificate the server presents and pins its SHA-256 fingerprint in the entry "
                + "once you confirm, or when it matches --fingerprint. With OAuth2, the token endpoint's "
                + "certificate is checked too when it is on another port or host.",
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
        Set<String> stillPinned = new LinkedHashSet<>();
        List<CertificateDetails> untrusted = new ArrayList<>();
        boolean changed = false;
        for (URI endpoint : s.api().client().endpoints()) {
            String where = endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
            try {
                ServerIdentity identity = s.api().client().probe(endpoint);
                confirm(where + ": " + identity.describeTrust() + " (SHA-256 " + identity.certificate().sha256() + ")");
                if (identity.trust() != ServerIdentity.Trust.SYSTEM) {
                    stillPinned.add(identity.certificate().sha256());
                }
            } catch (PingFederateException e) {
                CertificateDetails presented = certificateOf(e).orElseThrow(() -> e);
                if (e instanceof CertificateChangedException) {
                    changed = true;
                    warn(e.getMessage());
                }
                confirm(where + " presents:");
                presented.describe().forEach(line -> confirm("  " + line));
                untrusted.add(presented);
            }
        }
        if (untrusted.isEmpty()) {
            confirm("Nothing to do: \"" + server.getName() + "\" is already trusted.");
            return;
        }
        for (CertificateDetails certificate : untrusted) {
            if (expected != null && !expected.equals(certificate.sha256())) {
                throw new CliException("The server presents the certificate with SHA-256 " + certificate.sha256()
                        + ", not the one given with --fingerprint (" + expected + "); nothing was trusted.");
            }
        }
        if (expected == null && !confirmed(yes, "Trust " + (untrusted.size() == 1 ? "this certificate" : "these certificates")
                + " for \"" + server.getName() + "\"?")) {
            confirm("Not trusted; nothing was changed.");
            return;
        }
        // A changed certificate replaces the old pins; pins still in use by the other endpoint stay.
        Set<String> pins = new LinkedHashSet<>(changed ? stillPinned : server.getPinnedCertificates());
        untrusted.forEach(c -> pins.add(c.sha256()));
        s.editor().pinCertificates(server, List.copyOf(pins), changed);
        s.vault().save();
        for (CertificateDetails certificate : untrusted) {
            confirm("Trusted the certificate with SHA-256 " + certificate.sha256() + " for \"" + server.getName()
                    + "\"" + (changed ? ", instead of the one trusted before" : "") + ".");
        }
    }
}
