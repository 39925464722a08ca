package io.p1vault.ui.exchange;

import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.Violation;
import io.p1vault.model.rules.VisibleText;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.FormTask;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.ConflictPolicy;
import io.p1vault.vault.ImportPreview;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.VaultImport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * The import form: an export file or pasted armored text (decrypted from memory), opened with the
 * vault's identities or, only when the export needs one, a passphrase; then the preview, a
 * choice for each conflicting entry, and one save. No Swing.
 */
public final class ImportPresenter {
    public enum Source {
        FILE,
        PASTE
    }

    /** One previewed entry as the table shows it: differing field names only, never values. */
    public record Row(
            String name, String kind, String status, String differences, boolean conflict, ConflictPolicy choice) {}

    public final Property<Source> source = new Property<>(Source.FILE);
    public final Property<Path> file = new Property<>(null);
    public final Property<String> pasted = new Property<>("");
    /** True once the export turned out to be protected by a passphrase. */
    public final Property<Boolean> needsPassphrase = new Property<>(false);
    /** What stands in the way of a preview (no file, wrong passphrase…), or null. */
    public final Property<String> message = new Property<>(null);

    public final Property<List<Row>> rows = new Property<>(List.of());
    /** How many conflicts still need a choice; the import waits for all. */
    public final Property<Integer> undecided = new Property<>(0);

    public final Property<Boolean> canImport = new Property<>(false);
    public final Property<Boolean> busy;
    public final Property<Double> progress;
    /** True once the entries are in the vault and it is saved. */
    public final Property<Boolean> done = new Property<>(false);

    private final VaultSession session;
    private final Dialogs dialogs;
    private final FormTask task;
    private final Map<ImportPreview.Item, ConflictPolicy> choices = new IdentityHashMap<>();
    private ImportPreview preview;

    public ImportPresenter(VaultSession session, Tasks tasks, Dialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        this.task = new FormTask(tasks);
        // The idle lock must not close the vault while it is read or written.
        Runnable[] release = {() -> {}};
        task.busy.addListener(running -> {
            if (running) {
                release[0] = session.hold();
            } else {
                release[0].run();
            }
        });
        this.busy = task.busy;
        this.progress = task.progress;
        source.addListener(s -> forget());
        file.addListener(f -> forget());
        pasted.addListener(p -> {
            source.set(Source.PASTE);
            forget();
        });
        busy.addListener(b -> update());
    }

    /** Asks for an export file, then reads it. */
    public void chooseFile() {
        Path current = file.get();
        Path folder = (current != null ? current : session.vault.get().path())
                .toAbsolutePath()
                .getParent();
        dialogs.chooseImportFile(folder).ifPresent(f -> {
            source.set(Source.FILE);
            file.set(f);
            read();
        });
    }

    /**
     * Decrypts the file (or the pasted text, once some is pasted) with the vault's identities; a
     * passphrase export then asks for its passphrase.
     */
    public void read() {
        load(null);
    }

    /** Decrypts with {@code passphrase} (copied; the caller wipes its own). */
    public void read(char[] passphrase) {
        if (passphrase.length == 0) {
            message.set(Messages.text("unlock.empty"));
            return;
        }
        load(passphrase);
    }

    /** {@code given} may be null (try the vault's identities only); the work keeps its own copy. */
    private void load(char[] given) {
        if (busy.get()) {
            return;
        }
        discardPreview();
        Vault vault = session.vault.get();
        Path from = file.get();
        byte[] text = source.get() == Source.PASTE ? pasted.get().strip().getBytes(StandardCharsets.UTF_8) : null;
        if (text != null ? text.length == 0 : from == null) {
            message.set(Messages.text(text != null ? "import.nothingPasted" : "import.noFile"));
            return;
        }
        message.set(null);
        char[] passphrase = given == null ? null : given.clone();
        task.start(
                progress -> {
                    try {
                        return text != null
                                ? VaultImport.preview(vault, text, passphrase, progress::report)
                                : VaultImport.preview(vault, from, passphrase, progress::report);
                    } finally {
                        if (passphrase != null) {
                            Arrays.fill(passphrase, '\0');
                        }
                    }
                },
                this::show,
                failure -> {
                    if (failure instanceof VaultException e && e.reason() == VaultException.Reason.PASSPHRASE_NEEDED) {
                        needsPassphrase.set(true);
                        message.set(Messages.text("import.passphraseNeeded"));
                    } else if (failure instanceof CancellationException) {
                        message.set(Messages.text("import.cancelled"));
                    } else {
                        message.set(Failure.of(Messages.text("import.readFailed"), failure)
                                .why());
                    }
                });
    }

    private void show(ImportPreview read) {
        preview = read;
        // An identity is left out unless the user picks it (the row explains why).
        read.items().stream()
                .filter(ImportPreview.Item::needsExplicitChoice)
                .forEach(i -> choices.put(i, ConflictPolicy.SKIP));
        if (read.items().isEmpty()) {
            message.set(Messages.text("import.empty"));
        }
        update();
    }

    /** The choice for the conflicting entry in table row {@code row}. */
    public void choose(int row, ConflictPolicy policy) {
        ImportPreview.Item item = preview.items().get(row);
        if (item.conflicts() || item.needsExplicitChoice()) {
            choices.put(item, policy);
            update();
        }
    }

    /** The same choice for every conflicting entry. */
    public void chooseForAll(ConflictPolicy policy) {
        IntStream.range(0, preview == null ? 0 : preview.items().size()).forEach(row -> choose(row, policy));
    }

    /** Applies the preview with the choices and saves the vault once, in the background. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        Vault vault = session.vault.get();
        ImportPreview applying = preview;
        Map<ImportPreview.Item, ConflictPolicy> chosen = new IdentityHashMap<>(choices);
        task.start(
                progress -> VaultImport.apply(vault, applying, chosen::get),
                result -> {
                    // The entries now belong to the vault: nothing to discard.
                    preview = null;
                    choices.clear();
                    update();
                    session.changed();
                    dialogs.info(
                            Messages.text("import.title"),
                            Messages.format(
                                    "import.done",
                                    result.added(),
                                    result.replaced(),
                                    result.keptBoth(),
                                    result.skipped(),
                                    result.identical(),
                                    result.refused()));
                    done.set(true);
                },
                failure -> dialogs.error(Failure.of(Messages.text("import.failed"), failure)));
    }

    /** Cancels a running key derivation; false when nothing runs. */
    public boolean cancel() {
        return task.cancel();
    }

    /** The form goes away without importing: wipe the secrets of the previewed entries. */
    public void close() {
        discardPreview();
    }

    private void forget() {
        discardPreview();
        needsPassphrase.set(false);
        message.set(null);
    }

    private void discardPreview() {
        if (preview != null) {
            VaultImport.discard(preview);
            preview = null;
            choices.clear();
            update();
        }
    }

    private void update() {
        List<ImportPreview.Item> items = preview == null ? List.of() : preview.items();
        // A refused entry shows the rules it breaks where others show their differences; names as the CLI shows them.
        rows.set(items.stream()
                .map(item -> new Row(
                        VisibleText.shortened(item.incoming().getName(), EntryRules.MAX_NAME),
                        KindNames.of(item.incoming().getKind()),
                        Messages.text("import.status." + item.status().name().toLowerCase(Locale.ROOT)),
                        !item.problems().isEmpty()
                                ? String.join(
                                        "; ",
                                        item.problems().stream()
                                                .map(Violation::toString)
                                                .toList())
                                : item.needsExplicitChoice()
                                        ? Messages.text("import.identityWarning")
                                        : String.join(", ", item.differences()),
                        item.conflicts() || item.needsExplicitChoice(),
                        choices.get(item)))
                .toList());
        undecided.set((int) items.stream()
                .filter(i -> i.conflicts() && !choices.containsKey(i))
                .count());
        canImport.set(!items.isEmpty() && undecided.get() == 0 && !busy.get());
    }
}
