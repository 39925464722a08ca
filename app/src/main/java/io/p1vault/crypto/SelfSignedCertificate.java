package io.p1vault.crypto;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A fresh EC P-256 key and a self-signed TLS server certificate for it, as PingFederate makes for
 * itself on installation: the local stand-in server presents one. Built from BouncyCastle's
 * ASN.1 classes in bcprov and signed with the JDK, which spares the 2 MB of bcpkix and bcutil.
 */
public final class SelfSignedCertificate {
    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    private SelfSignedCertificate(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /** A certificate for the DNS name {@code hostName} (also its subject CN), valid from now for {@code validity}. */
    public static SelfSignedCertificate generate(String hostName, Duration validity) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            // Encoded most significant first, so that Java shows it as "CN=host,O=…".
            X500Name subject = new X500Name("O=p1vault stand-in (not PingFederate),CN=" + hostName);
            AlgorithmIdentifier signatureAlgorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
            Instant now = Instant.now();
            V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
            tbs.setSerialNumber(new ASN1Integer(new BigInteger(127, new SecureRandom()).add(BigInteger.ONE)));
            tbs.setIssuer(subject);
            tbs.setSubject(subject);
            tbs.setStartDate(new Time(Date.from(now.minus(Duration.ofMinutes(5)))));
            tbs.setEndDate(new Time(Date.from(now.plus(validity))));
            tbs.setSubjectPublicKeyInfo(
                    SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
            tbs.setSignature(signatureAlgorithm);
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            extensions.addExtension(
                    Extension.subjectAlternativeName,
                    false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, hostName)));
            extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            extensions.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            extensions.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            tbs.setExtensions(extensions.generate());
            TBSCertificate toBeSigned = tbs.generateTBSCertificate();

            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(toBeSigned.getEncoded(ASN1Encoding.DER));
            byte[] der = new DERSequence(
                            new ASN1Encodable[] {toBeSigned, signatureAlgorithm, new DERBitString(signer.sign())})
                    .getEncoded(ASN1Encoding.DER);
            X509Certificate certificate = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            certificate.verify(keys.getPublic());
            return new SelfSignedCertificate(keys.getPrivate(), certificate);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot generate a self-signed certificate", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public String toString() {
        return "SelfSignedCertificate[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
