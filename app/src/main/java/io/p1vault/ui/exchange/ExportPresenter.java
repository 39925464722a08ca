package io.p1vault.ui.exchange;

import io.p1vault.crypto.age.Recipient;
import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.FormTask;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.NewPassphrase;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.VaultExport;
import io.p1vault.vault.VaultSearch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The export form: which entries, to whom (the vault's own identities and pasted {@code age1…}
 * or post-quantum {@code age1pq1…} recipients, checked as typed and as chosen) or to a new
 * passphrase, armor, and the new file. Writes in the background (the passphrase's key derivation
 * can take seconds, and can be cancelled). No Swing.
 */
public final class ExportPresenter {
    public enum Protection {
        RECIPIENTS,
        PASSPHRASE
    }

    /** Every entry of the vault, in the vault's order. */
    public final List<Entry> entries;

    public final Property<Set<Entry>> chosen;
    public final Property<String> filter = new Property<>("");
    /** The entries matching the filter. */
    public final Property<List<Entry>> shown;

    public final Property<String> entriesError = new Property<>(null);
    /** The vault's own age identities, which an export can be addressed to. */
    public final List<AgeIdentityEntry> identities;

    public final Property<Set<AgeIdentityEntry>> chosenIdentities = new Property<>(Set.of());
    /** Recipients pasted by the user, separated by spaces, commas or lines. */
    public final Property<String> pasted = new Property<>("");

    public final Property<String> recipientError = new Property<>(null);
    public final Property<Protection> protection = new Property<>(Protection.RECIPIENTS);
    public final NewPassphrase passphrase;
    public final Property<Boolean> armor = new Property<>(false);
    public final Property<Path> target = new Property<>(null);
    public final Property<String> targetError = new Property<>(null);
    /** What went wrong with the last attempt as a whole (cancelled, failed), or null. */
    public final Property<String> message = new Property<>(null);

    public final Property<Boolean> busy;
    public final Property<Double> progress;
    /** True once the file is written. */
    public final Property<Boolean> done = new Property<>(false);

    private final VaultSession session;
    private final int workFactor;
    private final Dialogs dialogs;
    private final FormTask task;

    /** {@code workFactor} is the scrypt work factor of a passphrase export. */
    public ExportPresenter(VaultSession session, int workFactor, Tasks tasks, Dialogs dialogs) {
        this.session = session;
        this.workFactor = workFactor;
        this.dialogs = dialogs;
        this.task = new FormTask(tasks);
        this.passphrase = new NewPassphrase(tasks);
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
        entries = session.editor().entries();
        identities = entries.stream()
                .filter(AgeIdentityEntry.class::isInstance)
                .map(AgeIdentityEntry.class::cast)
                .toList();
        chosen = new Property<>(Set.copyOf(VaultExport.defaultSelection(entries)));
        shown = new Property<>(entries);
        filter.addListener(f -> shown.set(List.copyOf(VaultSearch.filter(entries, f))));
        chosen.addListener(c -> entriesError.set(null));
        pasted.addListener(p -> recipientError.set(checkPasted()));
        chosenIdentities.addListener(c -> recipientError.set(checkPasted()));
        protection.addListener(p -> recipientError.set(p == Protection.RECIPIENTS ? checkPasted() : null));
        target.addListener(t -> targetError.set(t == null ? null : checkTarget(t)));
    }

    public void choose(Entry entry, boolean on) {
        chosen.set(toggled(chosen.get(), List.of(entry), on));
    }

    /** Chooses every entry the filter shows. */
    public void chooseAll() {
        chosen.set(toggled(chosen.get(), shown.get(), true));
    }

    /** Leaves out every entry the filter shows. */
    public void chooseNone() {
        chosen.set(toggled(chosen.get(), shown.get(), false));
    }

    public void chooseIdentity(AgeIdentityEntry identity, boolean on) {
        chosenIdentities.set(toggled(chosenIdentities.get(), List.of(identity), on));
    }

    private static <E> Set<E> toggled(Set<E> set, List<? extends E> items, boolean on) {
        Set<E> changed = new HashSet<>(set);
        if (on) {
            changed.addAll(items);
        } else {
            items.forEach(changed::remove);
        }
        return Set.copyOf(changed);
    }

    /** Asks where to save; a file that exists is refused at once (an export never replaces a file). */
    public void chooseTarget() {
        Path current = target.get();
        Vault vault = session.vault.get();
        Path suggested = current != null
                ? current
                : vault.path().toAbsolutePath().resolveSibling(Messages.text("export.suggestedName"));
        dialogs.chooseExportFile(suggested).ifPresent(target::set);
    }

    private static String checkTarget(Path file) {
        try {
            VaultExport.checkCanWrite(file);
            return null;
        } catch (VaultException e) {
            return e.getMessage();
        }
    }

    /**
     * The first pasted recipient that is not valid, or a mix of post-quantum and X25519 ones among
     * those pasted and chosen, said specifically; null when all are fine.
     */
    private String checkPasted() {
        try {
            VaultExport.recipients(allRecipients());
            return null;
        } catch (VaultException e) {
            return e.getMessage();
        }
    }

    /** The chosen identities' recipients, then the pasted ones. */
    private List<String> allRecipients() {
        List<String> all = new ArrayList<>(identities.stream()
                .filter(chosenIdentities.get()::contains)
                .map(AgeIdentityEntry::getRecipient)
                .toList());
        Arrays.stream(pasted.get().split("[\\s,]+")).filter(s -> !s.isEmpty()).forEach(all::add);
        return all;
    }

    /**
     * Checks the whole form (every problem shows at once) and writes the export in the background.
     * The caller wipes both passphrase arrays; the work keeps a copy, wiped when done.
     */
    public void export(char[] typed, char[] confirmation) {
        if (busy.get()) {
            return;
        }
        message.set(null);
        List<Entry> selection = entries.stream().filter(chosen.get()::contains).toList();
        boolean valid = true;
        if (selection.isEmpty()) {
            entriesError.set(Messages.text("export.noEntries"));
            valid = false;
        }
        Path out = target.get();
        targetError.set(out == null ? Messages.text("export.noTarget") : checkTarget(out));
        valid &= targetError.get() == null;
        List<Recipient> recipients = List.of();
        if (protection.get() == Protection.RECIPIENTS) {
            List<String> all = allRecipients();
            try {
                recipients = VaultExport.recipients(all);
                recipientError.set(all.isEmpty() ? Messages.text("export.noRecipient") : null);
            } catch (VaultException e) {
                recipientError.set(e.getMessage());
            }
            valid &= recipientError.get() == null;
        } else {
            valid &= passphrase.accept(typed, confirmation);
        }
        if (valid) {
            write(selection, recipients, protection.get() == Protection.PASSPHRASE ? typed.clone() : null, out);
        }
    }

    private void write(List<Entry> selection, List<Recipient> recipients, char[] secret, Path out) {
        Vault vault = session.vault.get();
        boolean armored = armor.get();
        task.start(
                progress -> {
                    ScryptRecipient scrypt = null;
                    try {
                        if (secret != null) {
                            scrypt = VaultExport.passphrase(secret, workFactor, progress::report);
                        }
                        VaultExport.export(
                                vault, selection, scrypt != null ? List.of(scrypt) : recipients, armored, out);
                        return selection.size();
                    } finally {
                        if (secret != null) {
                            Arrays.fill(secret, '\0');
                        }
                        if (scrypt != null) {
                            scrypt.destroy();
                        }
                    }
                },
                count -> {
                    session.changed();
                    dialogs.info(Messages.text("export.title"), Messages.format("export.done", count, out));
                    done.set(true);
                },
                failure -> {
                    if (failure instanceof CancellationException) {
                        message.set(Messages.text("export.cancelled"));
                    } else {
                        message.set(Failure.of(Messages.text("export.failed"), failure)
                                .why());
                    }
                });
    }

    /** Cancels a running export (nothing is written); false when none runs. */
    public boolean cancel() {
        return task.cancel();
    }
}
