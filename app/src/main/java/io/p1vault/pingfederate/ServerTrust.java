package io.p1vault.pingfederate;

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
 * Decides whether to trust one PingFederate server's certificate: first as the system would
 * (trusted authorities and the host name), else by the SHA-256 fingerprints pinned for that
 * server, whatever host name the certificate holds. Anything else is refused, with the details
 * the user needs to decide. There is deliberately no way to trust everything.
 */
final class ServerTrust extends X509ExtendedTrustManager implements HostnameVerifier {
    private final String host;
    private final List<String> pins;
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
    ServerTrust(String host, List<String> pins) {
        this.host = host;
        this.pins = pins.stream().map(CertificateDetails::normalize).filter(p -> p != null).toList();
        this.system = systemTrustManager();
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
        try {
            system.checkServerTrusted(chain, authType);
        } catch (CertificateException notTrustedBySystem) {
            CertificateDetails leaf = CertificateDetails.of(chain[0]);
            if (!pins.contains(leaf.sha256())) {
                throw refuse(peer, leaf, false);
            }
        }
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
        boolean pinned = pins.contains(details.sha256());
        boolean nameMatches = OkHostnameVerifier.INSTANCE.verify(hostname, session);
        if (nameMatches || pinned) {
            ServerIdentity.Trust trust = !pinned ? ServerIdentity.Trust.SYSTEM
                    : nameMatches ? ServerIdentity.Trust.PINNED : ServerIdentity.Trust.PINNED_NAME_MISMATCH;
            accepted.put((hostname + ":" + session.getPeerPort()).toLowerCase(Locale.ROOT),
                    new ServerIdentity(details, trust));
            return true;
        }
        refuse(hostname + ":" + session.getPeerPort(), details, true);
        return false;
    }

    private Refused refuse(String peer, CertificateDetails leaf, boolean nameMismatch) {
        PingFederateException e = pins.isEmpty() ? new UntrustedCertificateException(peer, leaf, nameMismatch)
                : new CertificateChangedException(peer, leaf, pins);
        refusal.set(e);
        return new Refused(e);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        SSLSession session = socket instanceof SSLSocket ssl ? ssl.getHandshakeSession() : null;
        check(chain, authType, session == null || session.getPeerHost() == null ? host
                : session.getPeerHost() + ":" + session.getPeerPort());
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain, authType, engine.getPeerHost() == null ? host : engine.getPeerHost() + ":" + engine.getPeerPort());
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
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
