package io.p1vault.pingfederate;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.standin.PingFederateStandIn;

import java.io.IOException;
import java.util.List;

/** A stand-in started with canary secrets, and server entries that point at it. */
final class StandInFixture implements AutoCloseable {
    static final String ADMIN_PASSWORD = "CANARY-admin-9d41";
    static final String CLIENT_ID = "p1vault-admin-client";
    static final String CLIENT_SECRET = "CANARY-client-secret-5be0";
    static final String AUDITOR = "auditor";
    static final String AUDITOR_PASSWORD = "CANARY-auditor-77aa";

    final PingFederateStandIn standIn;

    StandInFixture() throws IOException {
        this(false);
    }

    /** {@code clustered}: the stand-in answers as a cluster's console (one console, two engines). */
    StandInFixture(boolean clustered) throws IOException {
        standIn = PingFederateStandIn.start(0, ADMIN_PASSWORD.toCharArray(), clustered);
        standIn.addOAuthClient(CLIENT_ID, CLIENT_SECRET.toCharArray());
        standIn.addUser(AUDITOR, AUDITOR_PASSWORD.toCharArray(), false);
    }

    /** A Basic-auth entry for the admin, with the stand-in's current certificate pinned. */
    PingFederateServerEntry trustedServer() {
        PingFederateServerEntry server = server(standIn.adminUrl(), PingFederateStandIn.ADMIN_USER, ADMIN_PASSWORD);
        server.setCertificatePins(List.of(CertificatePin.ofKey(
                CertificatePin.endpointOf(server.getAdminUrl()),
                standIn.certificate().spkiSha256())));
        return server;
    }

    PingFederateServerEntry oauthServer() {
        PingFederateServerEntry server = trustedServer();
        server.setAuthType("oauth2");
        server.setUsername(null);
        server.setClientId(CLIENT_ID);
        server.setTokenUrl(standIn.tokenUrl());
        server.setSecret(Secret.of(CLIENT_SECRET.toCharArray()));
        return server;
    }

    static PingFederateServerEntry server(String url, String user, String password) {
        return new PingFederateServerEntry("pf", url, user, Secret.of(password.toCharArray()));
    }

    @Override
    public void close() {
        standIn.close();
    }
}
