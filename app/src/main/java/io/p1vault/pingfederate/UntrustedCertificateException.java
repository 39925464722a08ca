package io.p1vault.pingfederate;

/**
 * The server presented a certificate that neither the system's trusted authorities nor a pin of
 * this server vouch for: the user may check its details and choose to trust (pin) it.
 */
public final class UntrustedCertificateException extends PingFederateException {
    private final transient CertificateDetails certificate;
    private final boolean nameMismatch;

    public UntrustedCertificateException(String host, CertificateDetails certificate, boolean nameMismatch) {
        super(
                Reason.UNTRUSTED_CERTIFICATE,
                host + " presented a certificate that is not trusted"
                        + (nameMismatch ? " for that host name" : "") + " (SHA-256 " + certificate.sha256()
                        + "); check it and trust it with 'p1vault server trust' if it is your PingFederate's.");
        this.certificate = certificate;
        this.nameMismatch = nameMismatch;
    }

    public CertificateDetails certificate() {
        return certificate;
    }

    /** True when a system-trusted authority vouches for the certificate, but for another host name. */
    public boolean nameMismatch() {
        return nameMismatch;
    }
}
