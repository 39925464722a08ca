package io.p1vault.pingfederate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** What a user needs to decide whether to trust a server's certificate. */
public record CertificateDetails(
        String subject,
        String issuer,
        Instant notBefore,
        Instant notAfter,
        List<String> dnsNames,
        String sha256,
        String spkiSha256) {

    public static CertificateDetails of(X509Certificate certificate) {
        return new CertificateDetails(
                certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                dnsNames(certificate),
                fingerprint(certificate),
                spkiFingerprint(certificate));
    }

    /**
     * The SHA-256 of the certificate's public key (its DER SubjectPublicKeyInfo), in the form of
     * {@link #fingerprint}: what a pin holds, so a certificate renewed with the same key still matches.
     */
    public static String spkiFingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(certificate.getPublicKey().getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a public key", e);
        }
    }

    /** The SHA-256 of the DER encoding, as colon-separated upper-case hex (how browsers and keytool show it). */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /**
     * A fingerprint as users may type or paste it (with or without colons or spaces, any case) in
     * the form {@link #fingerprint} gives; null when it is not 32 bytes of hex.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String hex = typed.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
        if (hex.startsWith("SHA256")) {
            hex = hex.substring(6).replaceFirst("^[=/]", "");
        }
        if (!hex.matches("[0-9A-F]{64}")) {
            return null;
        }
        return HexFormat.ofDelimiter(":")
                .withUpperCase()
                .formatHex(HexFormat.of().parseHex(hex));
    }

    public boolean isValidAt(Instant when) {
        return !when.isBefore(notBefore) && !when.isAfter(notAfter);
    }

    /** Aligned lines for a terminal or a dialog. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Subject:     " + subject);
        lines.add("Issuer:      " + issuer + (subject.equals(issuer) ? " (self-signed)" : ""));
        lines.add("Host names:  " + (dnsNames.isEmpty() ? "(none)" : String.join(", ", dnsNames)));
        lines.add(
                "Valid:       " + notBefore + " to " + notAfter + (isValidAt(Instant.now()) ? "" : " (NOT valid now)"));
        lines.add("SHA-256:     " + sha256);
        lines.add("Key SHA-256: " + spkiSha256 + " (what is pinned)");
        return lines;
    }

    private static List<String> dnsNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                for (List<?> name : certificate.getSubjectAlternativeNames()) {
                    if (name.size() == 2
                            && (Integer.valueOf(2).equals(name.get(0))
                                    || Integer.valueOf(7).equals(name.get(0)))) {
                        names.add(String.valueOf(name.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // A certificate whose names cannot be read is shown without them; trust does not depend on this list.
        }
        return List.copyOf(names);
    }
}
