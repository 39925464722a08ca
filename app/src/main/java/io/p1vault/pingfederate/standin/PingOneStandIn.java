package io.p1vault.pingfederate.standin;

import com.sun.net.httpserver.HttpsServer;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.CertificateDetails;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * A local stand-in for PingOne's token endpoint and gateway credential API, NOT PingOne: one
 * environment with one PingFederate gateway and a worker application, HTTPS on the loopback
 * interface with a new self-signed certificate. Credentials it mints are ones the PingFederate
 * stand-in accepts; link the two with {@link PingFederateStandIn#reportCredentialUse} so that
 * use sets {@code lastUsedAt} and a revoked credential reads as INVALID there.
 */
public final class PingOneStandIn implements AutoCloseable {
    private final HttpsServer server;
    private final ExecutorService executor;
    private final RotatingKeyManager keys;
    private final PingOneApi api;
    private final GatewayCredentialsResource credentials;
    private final String environmentId;
    private final String gatewayId;
    private final String clientId;
    private final Secret clientSecret;

    private PingOneStandIn(int port, PingOneRegion region) throws IOException {
        environmentId = UUID.randomUUID().toString();
        gatewayId = UUID.randomUUID().toString();
        clientId = UUID.randomUUID().toString();
        clientSecret = Secret.of(PingFederateStandIn.generatePassword());
        StandInState tokens = new StandInState();
        tokens.oauthClients.put(clientId, clientSecret.copy());
        credentials = new GatewayCredentialsResource(new GatewayCredentialsResource.Gateway(
                environmentId,
                UUID.randomUUID().toString(),
                gatewayId,
                "p1vault sandbox gateway",
                "https://" + region.authHost()));
        api = new PingOneApi(environmentId, tokens, credentials);
        keys = new RotatingKeyManager(PingFederateStandIn.newCertificate());
        executor = PingFederateStandIn.daemonThreads("pingone-stand-in");
        server = PingFederateStandIn.serve(port, keys, api, executor);
    }

    /** Starts at {@code port} (0: any free port); credentials name {@code region}'s auth host as audience. */
    public static PingOneStandIn start(int port, PingOneRegion region) throws IOException {
        return new PingOneStandIn(port, region);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The API base for {@code --api-url}, e.g. {@code https://localhost:9998/v1}. */
    public String apiUrl() {
        return "https://" + PingFederateStandIn.HOST_NAME + ":" + port() + "/v1";
    }

    /** The token endpoint for {@code --token-url}. */
    public String tokenUrl() {
        return "https://" + PingFederateStandIn.HOST_NAME + ":" + port() + "/" + environmentId + "/as/token";
    }

    public String environmentId() {
        return environmentId;
    }

    public String gatewayId() {
        return gatewayId;
    }

    /** The worker application's client ID. */
    public String clientId() {
        return clientId;
    }

    /** A copy of the worker application's client secret; the caller wipes it. */
    public char[] clientSecret() {
        return clientSecret.reveal();
    }

    public CertificateDetails certificate() {
        return CertificateDetails.of(keys.certificate());
    }

    /** Creates a credential as {@code POST …/credentials} does; its token, for the caller to wipe. */
    public char[] createCredential() {
        Answer created = credentials.create();
        if (created.status() != 201) {
            throw new IllegalStateException(created.body().path("message").asText());
        }
        return created.body().path("token").asText().toCharArray();
    }

    /** Where the PingFederate stand-in reports credential use. */
    public CredentialUse credentialUse() {
        return credentials::used;
    }

    // ---- Hooks for the test fixture: package-private, not reachable from the command line. ----

    void refuseTokens(boolean refuse) {
        api.refuseTokens = refuse;
    }

    /** The next {@code operation} (list, create, delete) is answered with this PingOne error. */
    void failNext(String operation, int status, String message) {
        synchronized (api) {
            api.failOperation = operation;
            api.failure = PingOneApi.error(status, "REQUEST_FAILED", message);
        }
    }

    List<String> credentialIds() {
        return credentials.ids();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        api.tokens().wipe();
        clientSecret.destroy();
    }

    @Override
    public String toString() {
        return "PingOneStandIn[" + apiUrl() + "]";
    }
}
