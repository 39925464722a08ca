package io.p1vault.pingfederate;

import java.util.List;

/**
 * The server presented a certificate other than the one pinned for it: either PingFederate's
 * certificate was replaced, or someone is in between. Refused; the user decides after checking.
 */
public final class CertificateChangedException extends PingFederateException {
    private final transient CertificateDetails certificate;
    private final List<String> pinned;

    public CertificateChangedException(String host, CertificateDetails certificate, List<String> pinned) {
        super(
                Reason.CERTIFICATE_CHANGED,
                "WARNING: " + host + " presented a different certificate than the one trusted "
                        + "for it: its key has SHA-256 " + certificate.spkiSha256() + ", the trusted one has "
                        + String.join(" or ", pinned)
                        + ". Nothing was sent. If PingFederate's certificate was replaced, "
                        + "check the new one and trust it with 'p1vault server trust'; otherwise someone may be intercepting "
                        + "the connection.");
        this.certificate = certificate;
        this.pinned = List.copyOf(pinned);
    }

    public CertificateDetails certificate() {
        return certificate;
    }

    public List<String> pinned() {
        return pinned;
    }
}
