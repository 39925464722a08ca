package io.p1vault.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.rules.VisibleText;
import io.p1vault.runproperties.ChangePlan;
import io.p1vault.runproperties.Edit;
import io.p1vault.runproperties.KnownSetting;
import io.p1vault.runproperties.LoadedRunProperties;
import io.p1vault.runproperties.PingOneSettings;
import io.p1vault.runproperties.RunPropertiesException;
import io.p1vault.runproperties.RunPropertiesService;
import io.p1vault.runproperties.SettingStatus;
import io.p1vault.runproperties.SettingsReport;
import io.p1vault.storage.WriteResult;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code p1vault runprops …}: a thin front end over {@link RunPropertiesService}. */
@Command(
        name = "runprops",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Shows and edits PingFederate's run.properties, changing nothing but the lines concerned.",
        subcommands = {
            RunPropsCommand.Show.class,
            RunPropsCommand.Get.class,
            RunPropsCommand.Set.class,
            RunPropsCommand.Unset.class,
            RunPropsCommand.PingOne.class
        })
final class RunPropsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Shows the PingOne, administrative and port settings, with warnings.")
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The run.properties file.")
        Path file;

        @Option(names = "--json", description = "Print JSON (shape documented in README.md).")
        boolean json;

        @Override
        public Integer call() throws IOException {
            RunPropertiesService service = new RunPropertiesService();
            SettingsReport report = service.report(service.load(file));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(toJson(report));
            } else {
                printText(out, report);
            }
            out.flush();
            return 0;
        }

        private static void printText(PrintWriter out, SettingsReport report) {
            out.println(report.file());
            KnownSetting.Section section = null;
            for (SettingStatus status : report.settings()) {
                if (status.setting().section() != section) {
                    section = status.setting().section();
                    out.println();
                    out.println(section.title());
                }
                String value =
                        status.value() == null ? "(absent)" : status.value().isEmpty() ? "(empty)" : status.value();
                String note = status.verdict().message() == null || status.value() == null
                        ? ""
                        : "  [" + (status.status() == SettingStatus.Status.OK ? "" : lower(status.status()) + ": ")
                                + status.verdict().message() + "]";
                out.printf("  %-40s %s%s%n", status.setting().key(), value, note);
            }
            if (!report.warnings().isEmpty()) {
                out.println();
                out.println("Warnings");
                report.warnings().forEach(w -> out.println("  " + w));
            }
        }

        static String toJson(SettingsReport report) throws JsonProcessingException {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("file", report.file().toString());
            List<Map<String, Object>> settings = new ArrayList<>();
            for (SettingStatus status : report.settings()) {
                Map<String, Object> setting = new LinkedHashMap<>();
                setting.put("key", status.setting().key());
                setting.put("label", status.setting().label());
                setting.put("section", status.setting().section().title());
                setting.put("value", status.value());
                setting.put("line", status.value() == null ? null : status.line());
                setting.put("status", lower(status.status()));
                setting.put(
                        "message",
                        status.value() == null ? null : status.verdict().message());
                setting.put("help", status.setting().help());
                settings.add(setting);
            }
            root.put("settings", settings);
            root.put("warnings", report.warnings());
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        }

        private static String lower(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
    }

    @Command(
            name = "get",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Prints the value of KEY as PingFederate reads it.")
    static final class Get implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The run.properties file.")
        Path file;

        @Parameters(index = "1", paramLabel = "KEY", description = "The key, e.g. pf.admin.https.port.")
        String key;

        @Override
        public Integer call() throws IOException {
            LoadedRunProperties loaded = new RunPropertiesService().load(file);
            Optional<String> value = loaded.document().get(key);
            if (value.isEmpty()) {
                throw new RunPropertiesException(key + " is not set in " + file);
            }
            spec.commandLine().getOut().println(value.get());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Sets keys, prints the diff, then writes (keeping a timestamped backup).",
                "Known keys (region, environment ID, ports, authentication, operational mode, ...) are "
                        + "checked; others are set as text. A KEY cannot contain '='; a VALUE can."
            })
    static final class Set implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The run.properties file.")
        Path file;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", description = "The settings.")
        List<String> assignments;

        @Option(names = "--dry-run", description = "Print the diff only; write nothing.")
        boolean dryRun;

        @CommandLine.Mixin
        RunPropsWriting writing;

        @Override
        public Integer call() throws IOException {
            List<Edit> edits = new ArrayList<>();
            for (String assignment : assignments) {
                int eq = assignment.indexOf('=');
                if (eq < 0) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "expected KEY=VALUE, got '" + assignment + "'");
                }
                edits.add(Edit.set(assignment.substring(0, eq), assignment.substring(eq + 1)));
            }
            return applyEdits(spec, file, edits, dryRun, writing);
        }
    }

    @Command(
            name = "unset",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Removes keys (every line setting them), prints the diff, then writes.")
    static final class Unset implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The run.properties file.")
        Path file;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY", description = "The keys to remove.")
        List<String> keys;

        @Option(names = "--dry-run", description = "Print the diff only; write nothing.")
        boolean dryRun;

        @CommandLine.Mixin
        RunPropsWriting writing;

        @Override
        public Integer call() throws IOException {
            return applyEdits(spec, file, keys.stream().map(Edit::unset).toList(), dryRun, writing);
        }
    }

    @Command(
            name = "pingone",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Sets the PingOne region and environment ID of the administrative console.")
    static final class PingOne implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The run.properties file.")
        Path file;

        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        /** Either typed values or a vault's gateway credential. */
        static final class Source {
            @CommandLine.ArgGroup(exclusive = false)
            Typed typed;

            @CommandLine.ArgGroup(exclusive = false)
            FromVault fromVault;
        }

        static final class Typed {
            @Option(
                    names = "--region",
                    required = true,
                    paramLabel = "R",
                    description = "com, eu, ca or com.au (asia is deprecated).")
            String region;

            @Option(
                    names = "--environment-id",
                    required = true,
                    paramLabel = "ID",
                    description = "The PingOne environment ID (a UUID).")
            String environmentId;
        }

        static final class FromVault {
            @Option(
                    names = "--vault",
                    required = true,
                    paramLabel = "V",
                    description = "The vault holding the credential (with --team: your personal vault, which"
                            + " holds --identity).")
            Path vault;

            @Option(
                    names = "--credential",
                    required = true,
                    paramLabel = "NAME",
                    description = "The gateway credential whose environment and region to use.")
            String credential;

            @Option(
                    names = "--passphrase-file",
                    paramLabel = "FILE",
                    description = "Read the vault passphrase from the first line of FILE " + "(else from $"
                            + PassphraseSource.VAULT_VARIABLE + ", else from a prompt).")
            Path passphraseFile;
        }

        @Option(names = "--dry-run", description = "Print the diff only; write nothing.")
        boolean dryRun;

        @CommandLine.Mixin
        RunPropsWriting writing;

        /** With --vault: the credential may come from a team vault, as for every command on a vault. */
        @CommandLine.Mixin
        TeamOptions team;

        @Override
        public Integer call() throws Exception {
            if (team.isSet() && source.fromVault == null) {
                throw new CliException("--team, --identity and --accept-members take the credential from a team"
                        + " vault; they go with --vault and --credential, not with --region.");
            }
            return applyEdits(spec, file, settings().edits(), dryRun, writing);
        }

        private PingOneSettings settings() throws Exception {
            if (source.typed != null) {
                return PingOneSettings.parse(source.typed.region, source.typed.environmentId);
            }
            FromVault v = source.fromVault;
            CliEnvironment env = ((P1vaultCommand) spec.root().userObject()).environment();
            PassphraseSource passphrase = new PassphraseSource(
                    "vault passphrase", PassphraseSource.VAULT_VARIABLE, "--passphrase-file", v.passphraseFile);
            try (Vault vault = team.open(
                    v.vault,
                    passphrase,
                    env,
                    line -> spec.commandLine().getErr().println(VisibleText.of(line)))) {
                Entry entry = new VaultEditor(vault).require(EntryKind.GATEWAY_CREDENTIAL, v.credential);
                return PingOneSettings.fromCredential((GatewayCredentialEntry) entry);
            }
        }
    }

    /** The shared flow of the editing commands: plan, warn, show the diff, write unless dry run. */
    static int applyEdits(
            CommandLine.Model.CommandSpec spec, Path file, List<Edit> edits, boolean dryRun, RunPropsWriting writing)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunPropertiesService service = new RunPropertiesService();
        ChangePlan plan = service.plan(service.load(file), edits);
        plan.warnings().forEach(w -> err.println("p1vault: warning: " + w));
        err.flush();
        if (!plan.hasChanges()) {
            out.println("No changes: " + file + " already says that.");
            out.flush();
            return 0;
        }
        out.print(plan.diff());
        if (dryRun) {
            out.println("Dry run: " + file + " was not changed.");
            out.flush();
            return 0;
        }
        out.flush(); // the diff stays visible even if writing fails
        WriteResult result =
                service.write(plan, writing.followSymlink, writing.keepBackups).orElseThrow();
        result.warnings().forEach(w -> err.println("p1vault: warning: " + w));
        err.flush();
        out.println("Wrote " + result.file()
                + result.backup().map(b -> "; the previous version is in " + b).orElse("") + ".");
        out.println("Restart PingFederate for the change to take effect.");
        out.flush();
        return 0;
    }
}
