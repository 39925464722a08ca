package io.p1vault.pingfederate;

import io.p1vault.model.CertificatePin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 22 (medium): a pin must hold. An interception CA that the system trusts issues a
 * certificate for the pinned server; a pin for one server is presented by another host.
 */
class PinAttackTest {
    private static final String PF = "pf.example.com:9999";

    private TestAuthority inspectionCa;
    private X509Certificate[] real;

    @BeforeEach
    void setUp() throws Exception {
        inspectionCa = new TestAuthority("Corporate TLS Inspection CA");
        real = new TestAuthority("PingFederate self-issued").issue("pf.example.com");
    }

    private static CertificatePin pinOf(String endpoint, X509Certificate leaf) {
        return CertificatePin.ofKey(endpoint, CertificateDetails.spkiFingerprint(leaf));
    }

    @Test
    void caIssuedCertificateForAPinnedServerIsRefused() throws Exception {
        X509Certificate[] intercepted = inspectionCa.issue("pf.example.com");
        ServerTrust trust = new ServerTrust(PF, List.of(pinOf(PF, real[0])), inspectionCa.trustStore());

        ServerTrust.Refused refused = catchThrowableOfType(
                ServerTrust.Refused.class, () -> trust.checkServerTrusted(intercepted, "ECDHE_ECDSA"));

        assertThat(refused.refusal).isInstanceOf(CertificateChangedException.class);
        assertThat(refused.getMessage()).contains(CertificateDetails.spkiFingerprint(intercepted[0]));
    }

    @Test
    void caIssuedCertificateIsAcceptedWhereNothingIsPinned() throws Exception {
        X509Certificate[] issued = inspectionCa.issue("pf.example.com");
        ServerTrust trust = new ServerTrust(PF, List.of(), inspectionCa.trustStore());

        assertThatCode(() -> trust.checkServerTrusted(issued, "ECDHE_ECDSA"))
                .as("the custom trust store really trusts the CA")
                .doesNotThrowAnyException();
    }

    @Test
    void pinnedKeyIsAcceptedEvenWithoutAnAuthority() throws Exception {
        ServerTrust trust = new ServerTrust(PF, List.of(pinOf(PF, real[0])), inspectionCa.trustStore());

        assertThatCode(() -> trust.checkServerTrusted(real, "ECDHE_ECDSA")).doesNotThrowAnyException();
    }

    @Test
    void pinForOneServerNeverTrustsAnotherHost() throws Exception {
        ServerTrust otherHost =
                new ServerTrust("evil.example.com:9999", List.of(pinOf(PF, real[0])), inspectionCa.trustStore());
        ServerTrust otherPort =
                new ServerTrust("pf.example.com:443", List.of(pinOf(PF, real[0])), inspectionCa.trustStore());

        ServerTrust.Refused host = catchThrowableOfType(
                ServerTrust.Refused.class, () -> otherHost.checkServerTrusted(real, "ECDHE_ECDSA"));
        ServerTrust.Refused port = catchThrowableOfType(
                ServerTrust.Refused.class, () -> otherPort.checkServerTrusted(real, "ECDHE_ECDSA"));

        assertThat(host.refusal).isInstanceOf(UntrustedCertificateException.class);
        assertThat(port.refusal).isInstanceOf(UntrustedCertificateException.class);
    }
}
