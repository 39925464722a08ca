package io.p1vault.pingfederate.standin;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.p1vault.crypto.SelfSignedCertificate;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.CertificateDetails;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for PingFederate's admin API, NOT PingFederate: HTTPS on the loopback
 * interface with a freshly generated self-signed certificate, HTTP Basic for native admin
 * accounts, an OAuth2 client-credentials token endpoint, the XSRF header required, and the
 * PingOne connection endpoints with request bodies checked against PingFederate 12.1's schemas,
 * and the cluster status and replication of a standalone server or of a small cluster.
 * For trying p1vault without a PingFederate (see {@code p1vault sandbox}) and for tests, which
 * also use its hooks: slow answers, a replaced certificate, short-lived tokens, forced failures.
 */
public final class PingFederateStandIn implements AutoCloseable {
    public static final String ADMIN_USER = "administrator";
    public static final String HOST_NAME = "localhost";
    public static final String VERSION = "12.1.0.4 (p1vault stand-in)";
    static final String TOKEN_PATH = "/as/token.oauth2";

    private final HttpsServer server;
    private final ExecutorService executor;
    private final RotatingKeyManager keys;
    private final StandInState state;

    private PingFederateStandIn(
            HttpsServer server, ExecutorService executor, RotatingKeyManager keys, StandInState state) {
        this.server = server;
        this.executor = executor;
        this.keys = keys;
        this.state = state;
    }

    /**
     * Starts on the loopback interface at {@code port} (0: any free port) with the admin account
     * {@value #ADMIN_USER} and {@code adminPassword} (copied; the caller wipes its array).
     */
    public static PingFederateStandIn start(int port, char[] adminPassword) throws IOException {
        return start(port, adminPassword, false);
    }

    /**
     * As {@link #start(int, char[])}; {@code clustered} makes it answer as the console of a cluster of one
     * console and two engines, where every write makes replication required (standalone answers 403 on
     * {@code /cluster/*}).
     */
    public static PingFederateStandIn start(int port, char[] adminPassword, boolean clustered) throws IOException {
        RotatingKeyManager keys = new RotatingKeyManager(newCertificate());
        StandInState state = new StandInState();
        state.addUser(ADMIN_USER, adminPassword, true);
        ExecutorService executor = daemonThreads("pingfederate-stand-in");
        HttpsServer server = serve(port, keys, new StandInApi(state, SchemaValidator.load(), clustered), executor);
        return new PingFederateStandIn(server, executor, keys, state);
    }

    /** A password of 20 random letters and digits, for a new stand-in's admin account. */
    public static char[] generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return password;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where it listens: always a loopback address. */
    public InetAddress address() {
        return server.getAddress().getAddress();
    }

    /** The admin URL to put in a server entry, e.g. {@code https://localhost:9999}. */
    public String adminUrl() {
        return "https://" + HOST_NAME + ":" + port();
    }

    /** The certificate presented now. */
    public CertificateDetails certificate() {
        return CertificateDetails.of(keys.certificate());
    }

    /** The DER encoding of the certificate presented now, for clients that trust it by other means. */
    public byte[] currentCertificateEncoded() {
        try {
            return keys.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the stand-in's own certificate cannot be encoded", e);
        }
    }

    // ---- Hooks for tests: not reachable from the command line. ----

    /** Presents a new self-signed certificate to new connections from now on. */
    public void rotateCertificate() {
        keys.replace(newCertificate());
    }

    /** Waits this long before answering each admin API request. */
    public void delayAnswers(Duration delay) {
        state.delay = delay;
    }

    /** Adds an account; one without the admin role may read but gets 403 on writes, as PingFederate's auditors do. */
    public void addUser(String name, char[] password, boolean admin) {
        state.addUser(name, password, admin);
    }

    /** Registers an OAuth2 client that may obtain admin API tokens at {@link #tokenUrl()}. */
    public void addOAuthClient(String clientId, char[] secret) {
        state.oauthClients.put(clientId, Secret.of(secret));
    }

    public String tokenUrl() {
        return adminUrl() + TOKEN_PATH;
    }

    /** The {@code expires_in} of tokens issued from now on. */
    public void tokenLifetime(Duration lifetime) {
        state.tokenLifetime = lifetime;
    }

    /** Makes every token issued so far invalid, as a restart of PingFederate does. */
    public void expireTokens() {
        state.tokens.clear();
    }

    /** How many tokens were issued. */
    public int tokensIssued() {
        return state.tokensIssued.get();
    }

    /** The next admin API request is answered with this status and PingFederate-style message. */
    public void failNextRequest(int status, String message) {
        state.nextFailure = new StandInState.Failure(status, message);
    }

    /** The next {@code POST /cluster/replicate} is refused with this status and message (clustered mode). */
    public void failNextReplication(int status, String message) {
        state.nextReplicationFailure = new StandInState.Failure(status, message);
    }

    /** The engines accept the next replication but report FAILED applying it (clustered mode). */
    public void failNextReplicationOnEngines() {
        state.enginesFailNextReplication = true;
    }

    /** Marks a connection as used by a PingFederate resource: usage lists it and delete is refused. */
    public void markInUse(String connectionId, String resourceName) {
        state.markInUse(connectionId, resourceName);
    }

    /**
     * Tells {@code use} of every credential a connection receives and of every credential status read, as
     * PingOne notes when a gateway credential is used; the sandbox links this to its PingOne stand-in, so a
     * revoked credential reads as INVALID.
     */
    public void reportCredentialUse(CredentialUse use) {
        state.credentialUse = use;
    }

    /** Keeps every request from now on (bodies included, secrets too: test use only). */
    public void recordRequests() {
        state.recording = true;
    }

    public List<RecordedRequest> recordedRequests() {
        return List.copyOf(state.recorded);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        state.wipe();
    }

    @Override
    public String toString() {
        return "PingFederateStandIn[" + adminUrl() + "]";
    }

    static SelfSignedCertificate newCertificate() {
        return SelfSignedCertificate.generate(HOST_NAME, Duration.ofDays(365));
    }

    /** Four daemon threads: a stand-in never keeps the JVM alive. */
    static ExecutorService daemonThreads(String name) {
        return Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Serves {@code handler} over HTTPS on the loopback interface at {@code port} (0: any free port). */
    static HttpsServer serve(int port, RotatingKeyManager keys, HttpHandler handler, ExecutorService executor)
            throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(sslContext(keys)));
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return server;
    }

    private static SSLContext sslContext(RotatingKeyManager keys) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {keys}, null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }
}
