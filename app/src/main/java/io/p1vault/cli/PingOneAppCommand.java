package io.p1vault.cli;

import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.pingfederate.PingOnePlatform;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Option;

/** A command that calls PingOne's platform API as one of the vault's worker applications. */
abstract class PingOneAppCommand extends VaultCommand {
    @Option(
            names = "--app",
            required = true,
            paramLabel = "WORKER",
            description = "The pingone-application entry of a worker with the Environment Admin role.")
    String appName;

    /** The unlocked vault, the worker application and its API client. */
    record Session(Vault vault, VaultEditor editor, PingOneApplicationEntry app, PingOnePlatform pingOne) {
        GatewayCredentialEntry credential(String name) throws Exception {
            return (GatewayCredentialEntry) editor.require(EntryKind.GATEWAY_CREDENTIAL, name);
        }
    }

    @Override
    final void run() throws Exception {
        try (Vault vault = openVault()) {
            VaultEditor editor = new VaultEditor(vault);
            PingOneApplicationEntry app =
                    (PingOneApplicationEntry) editor.require(EntryKind.PINGONE_APPLICATION, appName);
            try (PingOnePlatform pingOne = PingOnePlatform.forApplication(app)) {
                run(new Session(vault, editor, app, pingOne));
            }
        }
    }

    abstract void run(Session session) throws Exception;
}
