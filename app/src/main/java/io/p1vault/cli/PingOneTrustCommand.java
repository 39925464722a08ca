package io.p1vault.cli;

import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.pingfederate.TrustCheck;
import io.p1vault.vault.PingOneRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "trust",
        mixinStandardHelpOptions = true,
        description = {
            "For an application with --api-url/--token-url (a private deployment or the sandbox): shows the "
                    + "certificates its endpoints present and pins their keys in the entry once you confirm, "
                    + "or when one matches --fingerprint. PingOne itself needs no pin."
        })
final class PingOneTrustCommand extends PingOneAppCommand {
    @Option(
            names = "--fingerprint",
            paramLabel = "SHA256",
            description = "Pin only if the endpoint presents this SHA-256 fingerprint (hex, colons optional).")
    String fingerprint;

    @Option(names = "--yes", description = "Trust without asking.")
    boolean yes;

    @Override
    void run(Session s) throws Exception {
        PingOneApplicationEntry app = s.app();
        new CertificateTrust(this, fingerprint, yes)
                .run(
                        app.getName(),
                        TrustCheck.of(s.pingOne()),
                        app.getCertificatePins(),
                        (pins, replacing) -> new PingOneRecords(s.vault()).pinCertificates(app, pins, replacing),
                        s.vault());
    }
}
