package io.p1vault.cli;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.CertificateDetails;
import io.p1vault.pingfederate.TrustCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(
        name = "trust",
        mixinStandardHelpOptions = true,
        description = {
            "Shows the certificate the server presents and pins its SHA-256 fingerprint in the entry "
                    + "once you confirm, or when it matches --fingerprint. With OAuth2, the token endpoint's "
                    + "certificate is checked too when it is on another port or host.",
            "Compare the fingerprint with what PingFederate's admin console shows (Security > SSL Server "
                    + "Certificates) before you trust it."
        })
final class ServerTrustCommand extends ServerCommand {
    @Option(
            names = "--fingerprint",
            paramLabel = "SHA256",
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
        TrustCheck check = TrustCheck.of(s.api().client());
        for (TrustCheck.Endpoint endpoint : check.endpoints()) {
            endpoint.trusted()
                    .ifPresent(identity -> confirm(endpoint.where() + ": " + identity.describeTrust() + " (SHA-256 "
                            + identity.certificate().sha256() + ")"));
            if (endpoint.changed()) {
                warn(endpoint.refusal().orElseThrow().getMessage());
            }
            if (endpoint.trusted().isEmpty()) {
                confirm(endpoint.where() + " presents:");
                endpoint.presented().describe().forEach(line -> confirm("  " + line));
            }
        }
        List<CertificateDetails> untrusted =
                check.untrusted().stream().map(TrustCheck.Endpoint::presented).toList();
        if (untrusted.isEmpty()) {
            confirm("Nothing to do: \"" + server.getName() + "\" is already trusted.");
            return;
        }
        for (CertificateDetails certificate : untrusted) {
            if (expected != null
                    && !expected.equals(certificate.sha256())
                    && !expected.equals(certificate.spkiSha256())) {
                throw new CliException("The server presents the certificate with SHA-256 " + certificate.sha256()
                        + " (key SHA-256 " + certificate.spkiSha256() + "), not the one given with --fingerprint ("
                        + expected + "); nothing was trusted.");
            }
        }
        if (expected == null
                && !confirmed(
                        yes,
                        "Trust " + (untrusted.size() == 1 ? "this certificate" : "these certificates") + " for \""
                                + server.getName() + "\"?")) {
            confirm("Not trusted; nothing was changed.");
            return;
        }
        boolean changed = check.changed();
        s.editor().serverRecords().pinCertificates(server, check.pinsAfterTrusting(server), changed);
        s.vault().save();
        for (TrustCheck.Endpoint endpoint : check.untrusted()) {
            confirm("Trusted the key with SHA-256 " + endpoint.presented().spkiSha256() + " at " + endpoint.where()
                    + " for \"" + server.getName() + "\"" + (changed ? ", instead of the one trusted before" : "")
                    + "; only this key is accepted there from now on.");
        }
    }
}
