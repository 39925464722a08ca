package io.p1vault.pingfederate;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.PingFederateServerEntry;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which certificate each place a server entry connects to presents (the admin API, and an OAuth2
 * token endpoint elsewhere), whether it is trusted, and which pins the entry should hold once the
 * user trusts the others. Any failure other than an untrusted or changed certificate is thrown.
 */
public record TrustCheck(List<Endpoint> endpoints) {
    /**
     * One place: "host:port", the certificate it presents, and either how that is trusted or why
     * it was refused (an {@link UntrustedCertificateException} or a {@link CertificateChangedException}).
     */
    public record Endpoint(
            String where,
            CertificateDetails presented,
            Optional<ServerIdentity> trusted,
            Optional<PingFederateException> refusal) {
        public boolean changed() {
            return refusal.filter(CertificateChangedException.class::isInstance).isPresent();
        }

        /** An authority this system trusts vouches for the certificate, but for another host name. */
        public boolean nameMismatch() {
            return refusal.filter(r -> r instanceof UntrustedCertificateException u && u.nameMismatch())
                    .isPresent();
        }

        /** The fingerprints trusted before, when the certificate changed. */
        public List<String> previousPins() {
            return refusal.filter(CertificateChangedException.class::isInstance)
                    .map(r -> ((CertificateChangedException) r).pinned())
                    .orElse(List.of());
        }
    }

    /** A client that connects to places whose certificates can be probed without credentials. */
    public interface Probe {
        /** Every place the client connects to. */
        List<URI> endpoints();

        /** The identity at {@code endpoint} when trusted; else throws why not. */
        ServerIdentity probe(URI endpoint) throws PingFederateException;
    }

    public TrustCheck {
        endpoints = List.copyOf(endpoints);
    }

    public static TrustCheck of(Probe client) throws PingFederateException {
        List<Endpoint> endpoints = new ArrayList<>();
        for (URI endpoint : client.endpoints()) {
            String where = CertificatePin.normalizeEndpoint(
                    endpoint.getHost() + ":" + (endpoint.getPort() < 0 ? 443 : endpoint.getPort()));
            try {
                ServerIdentity identity = client.probe(endpoint);
                endpoints.add(new Endpoint(where, identity.certificate(), Optional.of(identity), Optional.empty()));
            } catch (UntrustedCertificateException e) {
                endpoints.add(new Endpoint(where, e.certificate(), Optional.empty(), Optional.of(e)));
            } catch (CertificateChangedException e) {
                endpoints.add(new Endpoint(where, e.certificate(), Optional.empty(), Optional.of(e)));
            }
        }
        return new TrustCheck(endpoints);
    }

    /** The places whose certificate the user would have to trust. */
    public List<Endpoint> untrusted() {
        return endpoints.stream().filter(e -> e.trusted().isEmpty()).toList();
    }

    /** True when a place presents another certificate than the one pinned for it. */
    public boolean changed() {
        return endpoints.stream().anyMatch(Endpoint::changed);
    }

    /**
     * The pins once the untrusted certificates are trusted: each untrusted place gets the key it
     * presents, replacing what was pinned for that place before; other places keep their pins.
     */
    public List<CertificatePin> pinsAfterTrusting(PingFederateServerEntry server) {
        return pinsAfterTrusting(server.getCertificatePins());
    }

    /** As {@link #pinsAfterTrusting(PingFederateServerEntry)}, for the pins of any entry. */
    public List<CertificatePin> pinsAfterTrusting(List<CertificatePin> current) {
        Set<CertificatePin> pins = new LinkedHashSet<>(current);
        for (Endpoint e : untrusted()) {
            pins.removeIf(p -> p.isFor(e.where()));
            pins.add(CertificatePin.ofKey(e.where(), e.presented().spkiSha256()));
        }
        return List.copyOf(pins);
    }
}
