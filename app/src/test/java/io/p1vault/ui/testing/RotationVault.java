package io.p1vault.ui.testing;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.pingfederate.standin.PingOneFixture;
import io.p1vault.vault.PingOneRecords;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The PingFederate and PingOne stand-ins, linked, and a vault for rotating: the server (pinned),
 * the credential {@value #CREDENTIAL} minted by PingOne and pushed to the connection
 * {@value #CONNECTION}, and the worker application {@value #WORKER} with the stand-in's endpoints pinned.
 */
public final class RotationVault implements AutoCloseable {
    public static final String CREDENTIAL = "gw";
    public static final String CONNECTION = "gw-connection";
    public static final String WORKER = "worker";

    public final StandInVault pf;
    public final PingOneFixture pingOne;

    public RotationVault(boolean clustered) throws Exception {
        pf = new StandInVault(clustered);
        pingOne = new PingOneFixture(pf.standIn);
    }

    public Path vault(Path file) throws Exception {
        try (Vault v = Vault.create(file, TestApp.PASSPHRASE.toCharArray(), 10)) {
            VaultEditor editor = new VaultEditor(v);
            pf.fill(editor);
            char[] token = pingOne.pingOne.createCredential();
            editor.addGatewayCredential(CREDENTIAL, token);
            Arrays.fill(token, '\0');
            pf.push(editor, CREDENTIAL, CONNECTION);
            char[] secret = pingOne.pingOne.clientSecret();
            PingOneApplicationEntry app = editor.addApplication(
                            WORKER,
                            "worker",
                            pingOne.pingOne.environmentId(),
                            "eu",
                            pingOne.pingOne.clientId(),
                            "basic",
                            secret)
                    .entry();
            Arrays.fill(secret, '\0');
            PingOneRecords records = new PingOneRecords(v);
            records.setEndpoints(app, pingOne.pingOne.apiUrl(), pingOne.pingOne.tokenUrl());
            records.pinCertificates(
                    app,
                    List.of(CertificatePin.ofKey(
                            CertificatePin.endpointOf(pingOne.pingOne.apiUrl()),
                            pingOne.pingOne.certificate().spkiSha256())),
                    false);
            v.save();
        }
        return file;
    }

    @Override
    public void close() {
        pingOne.close();
        pf.close();
    }
}
