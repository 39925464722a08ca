package io.p1vault.ui.runprops;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.runproperties.ChangePlan;
import io.p1vault.runproperties.Edit;
import io.p1vault.runproperties.InvalidSettingException;
import io.p1vault.runproperties.KnownSetting;
import io.p1vault.runproperties.LoadedRunProperties;
import io.p1vault.runproperties.PingOneSettings;
import io.p1vault.runproperties.PropertyStatus;
import io.p1vault.runproperties.RunPropertiesService;
import io.p1vault.runproperties.Verdict;
import io.p1vault.storage.WriteResult;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The run.properties editor: the typed settings as text the user edits, each with the service's
 * check as a message; a filterable list of all properties; save as plan, diff preview, write in
 * the background, restart reminder. Lives for the session, so hiding the window keeps the edits.
 * No Swing.
 */
public final class RunPropertiesPresenter {
    public final Property<Path> file = new Property<>(null);
    public final Property<String> filter = new Property<>("");
    /** Every property as it will be written: the file's values with the unsaved edits in place. */
    public final Property<List<PropertyStatus>> rows = new Property<>(List.of());
    /** The keys of the rows an unsaved edit changes (or adds, or removes). */
    public final Property<Set<String>> editedKeys = new Property<>(Set.of());

    public final Property<Boolean> dirty = new Property<>(false);
    public final Property<Boolean> busy = new Property<>(false);
    public final Property<Boolean> canSave = new Property<>(false);
    public final Property<List<String>> warnings = new Property<>(List.of());
    private final Map<KnownSetting, Property<String>> values = new EnumMap<>(KnownSetting.class);
    private final Map<KnownSetting, Property<Verdict>> verdicts = new EnumMap<>(KnownSetting.class);

    private final RunPropertiesService service;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final Supplier<List<GatewayCredentialEntry>> credentials;
    private LoadedRunProperties loaded;
    private List<PropertyStatus> all = List.of();

    /** {@code credentials} lists the unlocked vault's gateway credentials (empty while locked). */
    public RunPropertiesPresenter(
            RunPropertiesService service,
            Tasks tasks,
            Dialogs dialogs,
            Supplier<List<GatewayCredentialEntry>> credentials) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.credentials = credentials;
        for (KnownSetting setting : KnownSetting.values()) {
            Property<String> value = new Property<>("");
            Property<Verdict> verdict = new Property<>(null);
            value.addListener(v -> {
                verdict.set(v.isEmpty() ? null : setting.check(v));
                update();
            });
            values.put(setting, value);
            verdicts.put(setting, verdict);
        }
        filter.addListener(f -> rows.set(filtered()));
        busy.addListener(b -> update());
    }

    /** The text of a typed setting; the empty text means "not set". */
    public Property<String> value(KnownSetting setting) {
        return values.get(setting);
    }

    /** The service's check of the text as typed; null while the setting is empty (not set). */
    public Property<Verdict> verdict(KnownSetting setting) {
        return verdicts.get(setting);
    }

    /** The vault's gateway credentials "fill from credential" offers; empty when no vault is unlocked. */
    public List<GatewayCredentialEntry> credentials() {
        return credentials.get();
    }

    /** Asks for a file (first whether to drop unsaved edits) and opens it. */
    public void chooseAndOpen() {
        if (dirty.get()
                && !dialogs.confirm(
                        Messages.text("runprops.title"),
                        Messages.format("runprops.discard", file.get()),
                        Messages.text("runprops.discard.confirm"))) {
            return;
        }
        Path current = file.get();
        dialogs.chooseRunProperties(
                        current == null ? null : current.toAbsolutePath().getParent())
                .ifPresent(this::open);
    }

    /** Reads {@code path} in the background; the form then shows it (discarding edits of another file). */
    public void open(Path path) {
        busy.set(true);
        tasks.run(progress -> service.load(path), Tasks.callbacks(this::show, failure -> {
            busy.set(false);
            dialogs.error(Failure.of(Messages.format("runprops.openFailed", path), failure));
        }));
    }

    /** Region and environment ID from the credential; an error if it names neither. */
    public void fillFrom(GatewayCredentialEntry credential) {
        try {
            PingOneSettings settings = PingOneSettings.fromCredential(credential);
            value(KnownSetting.PINGONE_REGION).set(settings.region().tld());
            value(KnownSetting.PINGONE_ENVIRONMENT_ID)
                    .set(settings.environmentId().toString());
        } catch (InvalidSettingException e) {
            dialogs.error(Failure.of(Messages.text("runprops.fillFailed"), e));
        }
    }

    /** Plans the edits, shows the diff, and on confirmation writes; the form stays as it was on any failure. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        LoadedRunProperties base = loaded;
        List<Edit> edits = edits();
        busy.set(true);
        tasks.run(
                progress -> service.plan(base, edits),
                Tasks.callbacks(
                        plan -> {
                            busy.set(false);
                            if (!plan.hasChanges()) {
                                dialogs.info(Messages.text("runprops.title"), Messages.text("runprops.noChanges"));
                            } else if (dialogs.previewDiff(
                                    Messages.format("runprops.preview.title", base.file()),
                                    plan.diff(),
                                    plan.warnings())) {
                                write(plan);
                            }
                        },
                        this::saveFailed));
    }

    private void write(ChangePlan plan) {
        busy.set(true);
        Path written = plan.loaded().file();
        tasks.run(
                progress -> service.write(plan),
                Tasks.callbacks(
                        result -> {
                            open(written);
                            // The writer's warnings (root saving in a folder another user can write) are not optional.
                            List<String> warnings =
                                    result.map(WriteResult::warnings).orElse(List.of());
                            String done = Messages.format("runprops.restart", written);
                            dialogs.info(
                                    Messages.text("runprops.title"),
                                    warnings.isEmpty() ? done : done + "\n\n" + String.join("\n", warnings));
                        },
                        this::saveFailed));
    }

    private void saveFailed(Throwable failure) {
        busy.set(false);
        dialogs.error(Failure.of(Messages.format("runprops.saveFailed", loaded.file()), failure));
    }

    private void show(LoadedRunProperties read) {
        loaded = read;
        all = service.properties(read);
        for (KnownSetting setting : KnownSetting.values()) {
            value(setting).set(read.document().get(setting.key()).orElse(""));
        }
        warnings.set(read.warnings());
        file.set(read.file());
        rows.set(filtered());
        busy.set(false);
        update();
    }

    /** A typed setting changed from the file is set; one emptied is removed. */
    List<Edit> edits() {
        List<Edit> edits = new ArrayList<>();
        for (KnownSetting setting : KnownSetting.values()) {
            String original = loaded.document().get(setting.key()).orElse("");
            String now = value(setting).get();
            if (!now.equals(original)) {
                edits.add(now.isEmpty() ? Edit.unset(setting.key()) : Edit.set(setting.key(), now));
            }
        }
        return edits;
    }

    /** The file's properties with the edits in place; a key an edit adds comes last, one it removes shows empty. */
    private List<PropertyStatus> pending() {
        Map<String, String> edited = new LinkedHashMap<>();
        if (loaded != null) {
            edits().forEach(edit -> edited.put(edit.key(), edit instanceof Edit.Assign set ? set.value() : null));
        }
        editedKeys.set(Set.copyOf(edited.keySet()));
        List<PropertyStatus> shown = new ArrayList<>();
        for (PropertyStatus property : all) {
            shown.add(
                    edited.containsKey(property.key())
                            ? status(property.key(), edited.remove(property.key()))
                            : property);
        }
        edited.forEach((key, value) -> shown.add(status(key, value)));
        return shown;
    }

    private PropertyStatus status(String key, String value) {
        return service.status(key, value == null ? "" : value);
    }

    private List<PropertyStatus> filtered() {
        String f = filter.get().trim().toLowerCase(Locale.ROOT);
        return pending().stream()
                .filter(p -> f.isEmpty()
                        || p.key().toLowerCase(Locale.ROOT).contains(f)
                        || p.value().toLowerCase(Locale.ROOT).contains(f))
                .toList();
    }

    private void update() {
        rows.set(filtered());
        boolean changed = loaded != null && !edits().isEmpty();
        dirty.set(changed);
        boolean valid = verdicts.values().stream()
                .noneMatch(v -> v.get() != null && v.get().level() == Verdict.Level.ERROR);
        canSave.set(changed && valid && !Objects.equals(busy.get(), true));
    }
}
