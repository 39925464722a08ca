package io.p1vault.cli;

import io.p1vault.model.CertificatePin;
import io.p1vault.pingfederate.CertificateDetails;
import io.p1vault.pingfederate.TrustCheck;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;

import java.util.List;

/**
 * The trust dialogue of {@code server trust} and {@code pingone trust}: shows what each place an
 * entry connects to presents, and pins the keys of the untrusted ones once the user confirms (or
 * when one matches {@code --fingerprint}).
 */
final class CertificateTrust {
    /** Stores the pins an entry holds once the user trusted ({@code replacing}: a certificate changed). */
    @FunctionalInterface
    interface Pinning {
        void pin(List<CertificatePin> pins, boolean replacing) throws VaultException;
    }

    private final VaultCommand command;
    private final String fingerprint;
    private final boolean yes;

    CertificateTrust(VaultCommand command, String fingerprint, boolean yes) {
        this.command = command;
        this.fingerprint = fingerprint;
        this.yes = yes;
    }

    void run(String entryName, TrustCheck check, List<CertificatePin> current, Pinning pinning, Vault vault)
            throws Exception {
        String expected = null;
        if (fingerprint != null) {
            expected = CertificateDetails.normalize(fingerprint);
            if (expected == null) {
                throw new CliException("--fingerprint must be a SHA-256 fingerprint: 64 hex digits, colons optional.");
            }
        }
        for (TrustCheck.Endpoint endpoint : check.endpoints()) {
            endpoint.trusted()
                    .ifPresent(identity -> command.confirm(endpoint.where() + ": " + identity.describeTrust()
                            + " (SHA-256 " + identity.certificate().sha256() + ")"));
            if (endpoint.changed()) {
                command.warn(endpoint.refusal().orElseThrow().getMessage());
            }
            if (endpoint.trusted().isEmpty()) {
                command.confirm(endpoint.where() + " presents:");
                endpoint.presented().describe().forEach(line -> command.confirm("  " + line));
            }
        }
        List<CertificateDetails> untrusted =
                check.untrusted().stream().map(TrustCheck.Endpoint::presented).toList();
        if (untrusted.isEmpty()) {
            command.confirm("Nothing to do: \"" + entryName + "\" is already trusted.");
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
                && !command.confirmed(
                        yes,
                        "Trust " + (untrusted.size() == 1 ? "this certificate" : "these certificates") + " for \""
                                + entryName + "\"?")) {
            command.confirm("Not trusted; nothing was changed.");
            return;
        }
        boolean changed = check.changed();
        pinning.pin(check.pinsAfterTrusting(current), changed);
        vault.save();
        for (TrustCheck.Endpoint endpoint : check.untrusted()) {
            command.confirm(
                    "Trusted the key with SHA-256 " + endpoint.presented().spkiSha256() + " at "
                            + endpoint.where() + " for \"" + entryName + "\""
                            + (changed ? ", instead of the one trusted before" : "")
                            + "; only this key is accepted there from now on.");
        }
    }
}
