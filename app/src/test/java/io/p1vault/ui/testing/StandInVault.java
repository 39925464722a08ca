package io.p1vault.ui.testing;

import io.p1vault.TestCredentials;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.CredentialPush;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import io.p1vault.pingfederate.standin.RecordedRequest;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A stand-in PingFederate and a vault that knows it: a server entry "stand-in" with its
 * certificate pinned and canary secrets, and gateway credentials whose signatures are canaries.
 */
public final class StandInVault implements AutoCloseable {
    public static final String PASSWORD = "CANARY-gui-admin-71d3";
    public static final String SIGNATURE = "CANARY-gui-signature-5a0e";
    public static final String SERVER = "stand-in";

    public final PingFederateStandIn standIn;

    public StandInVault() throws Exception {
        this(false);
    }

    /** {@code clustered}: the stand-in answers as the console of a cluster with two engine nodes. */
    public StandInVault(boolean clustered) throws Exception {
        standIn = PingFederateStandIn.start(0, PASSWORD.toCharArray(), clustered);
        standIn.recordRequests();
    }

    /** A vault file (passphrase {@link TestApp#PASSPHRASE}) with the server and the credentials named after their jti. */
    public Path vault(Path file, String... credentialJtis) throws Exception {
        return vault(file, editor -> {}, credentialJtis);
    }

    /** As {@link #vault(Path, String...)}, then {@code more} changes it (pushes, entries) before it is saved. */
    public Path vault(Path file, Change more, String... credentialJtis) throws Exception {
        try (Vault v = Vault.create(file, TestApp.PASSPHRASE.toCharArray(), 10)) {
            VaultEditor editor = new VaultEditor(v);
            fill(editor, credentialJtis);
            more.apply(editor);
            v.save();
        }
        return file;
    }

    /** A change to a test vault. */
    @FunctionalInterface
    public interface Change {
        void apply(VaultEditor editor) throws Exception;
    }

    /** Adds the server entry and one gateway credential per jti (gateway name "Gateway <jti>"). */
    public PingFederateServerEntry fill(VaultEditor editor, String... credentialJtis) throws Exception {
        PingFederateServerEntry server = editor.addServer(
                        SERVER, standIn.adminUrl(), PingFederateStandIn.ADMIN_USER, PASSWORD.toCharArray())
                .entry();
        editor.serverRecords()
                .pinCertificates(
                        server,
                        List.of(CertificatePin.ofKey(
                                CertificatePin.endpointOf(standIn.adminUrl()),
                                standIn.certificate().spkiSha256())),
                        false);
        for (String jti : credentialJtis) {
            Map<String, Object> claims = TestCredentials.claims(jti);
            claims.put("gatewayName", "Gateway " + jti);
            editor.addGatewayCredential(
                    jti, TestCredentials.jwt(claims, SIGNATURE).toCharArray());
        }
        return server;
    }

    /** Pushes a credential of the vault to a new connection on the stand-in, as the CLI would, recording it. */
    public void push(VaultEditor editor, String credential, String connectionName) throws Exception {
        PingFederateServerEntry server =
                (PingFederateServerEntry) editor.find(null, SERVER).orElseThrow();
        try (PingFederateClient client = PingFederateClient.forServer(server)) {
            PingOneConnections api = new PingOneConnections(client);
            GatewayCredentialEntry entry = credential(editor, credential);
            CredentialPush.push(
                    api, CredentialPush.plan(api, entry, connectionName, null, null), server, entry, editor);
        }
    }

    public static GatewayCredentialEntry credential(VaultEditor editor, String name) {
        return (GatewayCredentialEntry) editor.find(null, name).orElseThrow();
    }

    /** The requests that changed something (not GET). */
    public List<RecordedRequest> writes() {
        return standIn.recordedRequests().stream()
                .filter(r -> !r.method().equals("GET"))
                .toList();
    }

    @Override
    public void close() {
        standIn.close();
    }
}
