package io.p1vault.cli;

import io.p1vault.integrations.PfConsoleOidcConfig;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

@Command(
        name = "pf-console-oidc",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the oidc.properties values for PingFederate administrative console sign-on with a "
                    + "PingOne OIDC web application. The client secret is never written: the command to obfuscate it "
                    + "with PingFederate's own obfuscate.sh is printed instead.",
            "With --runprops FILE, then sets pf.console.authentication=OIDC in that run.properties through the "
                    + "lossless editor: prints the diff, then writes (keeping a backup)."
        })
final class ConfigPfConsoleOidcCommand extends ConfigDocumentCommand {
    @Option(names = "--runprops", paramLabel = "FILE", description = "The run.properties to change.")
    Path runProperties;

    @Option(names = "--dry-run", description = "With --runprops: print the diff only; write nothing.")
    boolean dryRun;

    @CommandLine.Mixin
    RunPropsWriting writing;

    @Override
    void run() throws Exception {
        if (dryRun && runProperties == null) {
            throw new CliException("--dry-run applies to --runprops FILE only.");
        }
        try (Vault vault = openVault()) {
            emit(PfConsoleOidcConfig.oidcProperties(application(new VaultEditor(vault), appName)), null);
        }
        if (runProperties != null) {
            RunPropsCommand.applyEdits(
                    spec, runProperties, List.of(PfConsoleOidcConfig.RUN_PROPERTIES_EDIT), dryRun, writing);
        }
    }
}
