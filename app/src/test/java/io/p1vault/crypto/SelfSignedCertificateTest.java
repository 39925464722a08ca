package io.p1vault.crypto;

import org.junit.jupiter.api.Test;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SelfSignedCertificateTest {
    @Test
    void aServerCertificateTheJdkAcceptsOnceTrusted() throws Exception {
        SelfSignedCertificate generated = SelfSignedCertificate.generate("localhost", Duration.ofDays(30));
        X509Certificate c = generated.certificate();
        c.verify(c.getPublicKey());
        c.checkValidity();
        assertThat(c.getSubjectX500Principal().getName())
                .isEqualTo("CN=localhost,O=p1vault stand-in (not PingFederate)");
        assertThat(c.getIssuerX500Principal()).isEqualTo(c.getSubjectX500Principal());
        assertThat(c.getSubjectAlternativeNames()).containsExactly(List.of(2, "localhost"));
        assertThat(c.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(c.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(c.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(c.getNotAfter().toInstant())
                .isBetween(
                        Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(30)));
        assertThat(generated.privateKey().getAlgorithm()).isEqualTo("EC");

        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("self", c);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        ((X509TrustManager) tmf.getTrustManagers()[0]).checkServerTrusted(new X509Certificate[] {c}, "ECDHE_ECDSA");
    }

    @Test
    void everyCertificateIsNew() {
        X509Certificate a =
                SelfSignedCertificate.generate("localhost", Duration.ofDays(1)).certificate();
        X509Certificate b =
                SelfSignedCertificate.generate("localhost", Duration.ofDays(1)).certificate();
        assertThat(a.getSerialNumber()).isNotEqualTo(b.getSerialNumber());
        assertThat(a.getPublicKey()).isNotEqualTo(b.getPublicKey());
    }
}
