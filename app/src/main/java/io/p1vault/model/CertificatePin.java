package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One certificate a user chose to trust for one place a server entry connects to: the place as
 * {@code host:port}, and the SHA-256 of the certificate's public key (SPKI) in colon-separated
 * upper-case hex. A pin holds for its own host and port only. Pins written before per-host pins
 * existed hold the whole certificate's SHA-256 instead ({@code certificateSha256}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CertificatePin extends Extensible {
    public String endpoint;
    public String spkiSha256;
    public String certificateSha256;

    public CertificatePin() {}

    public static CertificatePin ofKey(String endpoint, String spkiSha256) {
        CertificatePin pin = new CertificatePin();
        pin.endpoint = normalizeEndpoint(endpoint);
        pin.spkiSha256 = spkiSha256;
        return pin;
    }

    static CertificatePin ofLegacyCertificate(String endpoint, String certificateSha256) {
        CertificatePin pin = new CertificatePin();
        pin.endpoint = endpoint;
        pin.certificateSha256 = certificateSha256;
        return pin;
    }

    /** True when this pin is for {@code endpoint} ("host:port") and names this key or certificate. */
    public boolean matches(String endpoint, String spkiSha256, String certificateSha256) {
        return Objects.equals(this.endpoint, normalizeEndpoint(endpoint))
                && (spkiSha256 != null && spkiSha256.equalsIgnoreCase(this.spkiSha256)
                        || certificateSha256 != null && certificateSha256.equalsIgnoreCase(this.certificateSha256));
    }

    /** The pinned SHA-256: of the key, or of the whole certificate for a pin of the earlier format. */
    public String value() {
        return spkiSha256 != null ? spkiSha256 : certificateSha256;
    }

    public boolean isFor(String endpoint) {
        return Objects.equals(this.endpoint, normalizeEndpoint(endpoint));
    }

    /** What the pin holds, for display: "host:port key SHA-256 …" or "… certificate SHA-256 …". */
    public String describe() {
        return endpoint + (spkiSha256 != null ? " key" : " certificate") + " SHA-256 " + value();
    }

    /** "host:port" of an https URL (port 443 when absent); null when it is not one. */
    public static String endpointOf(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !"https".equalsIgnoreCase(uri.getScheme())) {
                return null;
            }
            return normalizeEndpoint(uri.getHost() + ":" + (uri.getPort() < 0 ? 443 : uri.getPort()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Lower case, IPv6 brackets removed, so "[::1]:9999" and "::1:9999" name the same place. */
    public static String normalizeEndpoint(String endpoint) {
        return endpoint == null
                ? null
                : endpoint.replace("[", "").replace("]", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificatePin p
                && Objects.equals(endpoint, p.endpoint)
                && Objects.equals(spkiSha256, p.spkiSha256)
                && Objects.equals(certificateSha256, p.certificateSha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, spkiSha256, certificateSha256);
    }
}
