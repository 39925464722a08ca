package io.p1vault.cli;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.TrustCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        PingFederateServerEntry server = s.server();
        new CertificateTrust(this, fingerprint, yes)
                .run(
                        server.getName(),
                        TrustCheck.of(s.api().client()),
                        server.getCertificatePins(),
                        (pins, replacing) -> s.editor().serverRecords().pinCertificates(server, pins, replacing),
                        s.vault());
    }
}
