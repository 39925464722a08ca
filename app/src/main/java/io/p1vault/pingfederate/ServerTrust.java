package io.p1vault.pingfederate;

import io.p1vault.model.CertificatePin;
import okhttp3.internal.tls.OkHostnameVerifier;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides whether to trust one PingFederate server's certificate. A place ("host:port") with pins
 * must present a pinned key (SPKI SHA-256), even when an authority the system trusts vouches for
 * another certificate: a TLS-inspection CA in the trust store must not get past a pin. A place
 * without pins is trusted as the system would (trusted authorities and the host name). A pin only
 * ever holds for its own host and port. Anything else is refused, with the details the user
 * needs to decide. There is deliberately no way to trust everything.
 */
final class ServerTrust extends X509ExtendedTrustManager implements HostnameVerifier {
    private final String host;
    private final List<CertificatePin> pins;
    private final X509TrustManager system;
    /** By "host:port": with the token endpoint elsewhere, one client talks to two servers. */
    private final Map<String, ServerIdentity> accepted = new ConcurrentHashMap<>();

    private final AtomicReference<PingFederateException> refusal = new AtomicReference<>();

    /** Carries the refusal through the TLS stack, which only lets certificate exceptions out of a trust manager. */
    static final class Refused extends CertificateException {
        final transient PingFederateException refusal;

        Refused(PingFederateException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** {@code host} names the server in messages ("host:port") when the TLS stack does not say which peer it checks. */
    ServerTrust(String host, List<CertificatePin> pins) {
        this(host, pins, systemTrustManager());
    }

    /** With another set of trusted authorities than the system's, for tests. */
    ServerTrust(String host, List<CertificatePin> pins, X509TrustManager system) {
        this.host = host;
        this.pins = List.copyOf(pins);
        this.system = system;
    }

    /** The identity of the server at {@code hostAndPort} ("host:port"), once it was accepted. */
    Optional<ServerIdentity> accepted(String hostAndPort) {
        return Optional.ofNullable(accepted.get(hostAndPort.toLowerCase(Locale.ROOT)));
    }

    /** Why the last handshake was refused, when this trust refused it. */
    Optional<PingFederateException> refusal() {
        return Optional.ofNullable(refusal.get());
    }

    /** Forgets the last refusal, before a new call. */
    void clearRefusal() {
        refusal.set(null);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, authType, host);
    }

    private void check(X509Certificate[] chain, String authType, String peer) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server presented no certificate");
        }
        CertificateDetails leaf = CertificateDetails.of(chain[0]);
        if (hasPins(peer)) {
            if (!pinned(peer, leaf)) {
                throw refuse(peer, leaf, false);
            }
            return;
        }
        try {
            system.checkServerTrusted(chain, authType);
        } catch (CertificateException notTrustedBySystem) {
            throw refuse(peer, leaf, false);
        }
    }

    private boolean hasPins(String peer) {
        return pins.stream().anyMatch(p -> p.isFor(peer));
    }

    private boolean pinned(String peer, CertificateDetails leaf) {
        return pins.stream().anyMatch(p -> p.matches(peer, leaf.spkiSha256(), leaf.sha256()));
    }

    @Override
    public boolean verify(String hostname, SSLSession session) {
        X509Certificate leaf;
        try {
            Certificate[] chain = session.getPeerCertificates();
            leaf = (X509Certificate) chain[0];
        } catch (SSLPeerUnverifiedException | ClassCastException e) {
            return false;
        }
        CertificateDetails details = CertificateDetails.of(leaf);
        String peer = hostname + ":" + session.getPeerPort();
        boolean pinned = pinned(peer, details);
        boolean nameMatches = OkHostnameVerifier.INSTANCE.verify(hostname, session);
        if (pinned || nameMatches && !hasPins(peer)) {
            ServerIdentity.Trust trust = !pinned
                    ? ServerIdentity.Trust.SYSTEM
                    : nameMatches ? ServerIdentity.Trust.PINNED : ServerIdentity.Trust.PINNED_NAME_MISMATCH;
            accepted.put(peer.toLowerCase(Locale.ROOT), new ServerIdentity(details, trust));
            return true;
        }
        refuse(peer, details, !nameMatches);
        return false;
    }

    private Refused refuse(String peer, CertificateDetails leaf, boolean nameMismatch) {
        List<String> trusted = pins.stream()
                .filter(p -> p.isFor(peer))
                .map(CertificatePin::value)
                .toList();
        PingFederateException e = trusted.isEmpty()
                ? new UntrustedCertificateException(peer, leaf, nameMismatch)
                : new CertificateChangedException(peer, leaf, trusted);
        refusal.set(e);
        return new Refused(e);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        SSLSession session = socket instanceof SSLSocket ssl ? ssl.getHandshakeSession() : null;
        check(
                chain,
                authType,
                session == null || session.getPeerHost() == null
                        ? host
                        : session.getPeerHost() + ":" + session.getPeerPort());
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, authType, engine.getPeerHost() == null ? host : engine.getPeerHost() + ":" + engine.getPeerPort());
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    private static X509TrustManager systemTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (var manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK has no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the system's trusted certificates", e);
        }
    }
}
