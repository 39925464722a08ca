package io.p1vault.pingfederate;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A certificate authority for tests (a corporate TLS-inspection CA, say) that issues server
 * certificates, and a trust store that trusts it.
 */
final class TestAuthority {
    private final KeyPair keys;
    private final X500Name name;
    private final X509Certificate certificate;

    TestAuthority(String commonName) throws Exception {
        this.keys = ecKeys();
        this.name = new X500Name("CN=" + commonName);
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        extensions.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        this.certificate = sign(name, keys, extensions);
    }

    /** A server certificate for {@code host} with a fresh key, and its chain (leaf, then this authority). */
    X509Certificate[] issue(String host) throws Exception {
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(
                Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, host)));
        extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        extensions.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        X509Certificate leaf = sign(new X500Name("CN=" + host), ecKeys(), extensions);
        return new X509Certificate[] {leaf, certificate};
    }

    /** Trusts this authority only, as a system trust store that holds it would. */
    X509TrustManager trustStore() throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("test-ca", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }

    private X509Certificate sign(X500Name subject, KeyPair subjectKeys, ExtensionsGenerator extensions)
            throws Exception {
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        Instant now = Instant.now();
        V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
        tbs.setSerialNumber(new ASN1Integer(new BigInteger(64, new SecureRandom()).add(BigInteger.ONE)));
        tbs.setIssuer(name);
        tbs.setSubject(subject);
        tbs.setStartDate(new Time(Date.from(now.minus(Duration.ofMinutes(5)))));
        tbs.setEndDate(new Time(Date.from(now.plus(Duration.ofDays(30)))));
        tbs.setSubjectPublicKeyInfo(
                SubjectPublicKeyInfo.getInstance(subjectKeys.getPublic().getEncoded()));
        tbs.setSignature(algorithm);
        tbs.setExtensions(extensions.generate());
        TBSCertificate toBeSigned = tbs.generateTBSCertificate();
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(toBeSigned.getEncoded(ASN1Encoding.DER));
        byte[] der = new DERSequence(new ASN1Encodable[] {toBeSigned, algorithm, new DERBitString(signer.sign())})
                .getEncoded(ASN1Encoding.DER);
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }
}
