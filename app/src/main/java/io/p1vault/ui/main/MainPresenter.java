package io.p1vault.ui.main;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.VaultSearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The main window's state without Swing: the entries matching the search, grouped by kind, and
 * the selected entry; deleting asks first. Views follow its properties.
 */
public final class MainPresenter {
    /** One kind's entries; {@code kind} is null for kinds made by a newer version. */
    public record Group(EntryKind kind, List<Entry> entries) {
        public String title() {
            return kind == null ? Messages.text("kind.unknown") : Messages.text("kind." + kind.id());
        }
    }

    private static final Comparator<Entry> BY_NAME = Comparator.comparing(
            (Entry e) -> Objects.requireNonNullElse(e.getName(), ""), String.CASE_INSENSITIVE_ORDER);

    public final Property<String> query = new Property<>("");
    public final Property<List<Group>> groups = new Property<>(List.of());
    public final Property<Entry> selected = new Property<>(null);
    /** True while an entry is selected and the vault may be changed. */
    public final Property<Boolean> canChangeSelected = new Property<>(false);

    /** True while the selected entry has a secret to copy. */
    public final Property<Boolean> hasSecret = new Property<>(false);
    /** True while the selected entry is a PingFederate server of the unlocked vault. */
    public final Property<Boolean> serverSelected = new Property<>(false);

    private final VaultSession session;
    private final Dialogs dialogs;
    /** Groups made off the event thread for a vault about to be shown; the next refresh takes them. */
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();

    private record Prepared(Vault vault, List<Group> groups) {}

    public MainPresenter(VaultSession session, Dialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        query.addListener(q -> refresh());
        session.revision.addListener(r -> refresh());
        selected.addListener(e -> updateCanChange());
        selected.addListener(e -> serverSelected.set(e instanceof io.p1vault.model.PingFederateServerEntry));
        session.editable.addListener(e -> updateCanChange());
    }

    public VaultSession session() {
        return session;
    }

    /**
     * Groups the entries of {@code vault}, unlocked but not shown yet, as {@link #refresh} would
     * with an empty search, for the refresh that shows it to take: called on the unlock's worker
     * thread, so that 10,000 entries are sorted there rather than on the event thread.
     */
    public void prepare(Vault vault) {
        prepared.set(new Prepared(vault, grouped(new ArrayList<>(vault.document().entries))));
    }

    /** Recomputes the groups; the selection is kept if its entry still shows, else cleared. */
    public void refresh() {
        Vault shown = session.vault.get();
        Prepared ready = prepared.getAndSet(null);
        List<Group> result;
        if (ready != null
                && ready.vault() == shown
                && Objects.requireNonNullElse(query.get(), "").isBlank()) {
            result = ready.groups();
        } else {
            List<Entry> entries = shown == null ? List.of() : session.editor().entries();
            result = grouped(VaultSearch.filter(entries, query.get()));
        }
        groups.set(result);
        Entry kept = selected.get();
        if (kept != null && result.stream().noneMatch(g -> g.entries().contains(kept))) {
            selected.set(null);
        }
    }

    /** {@code matches} by kind, in the kinds' order (unknown kinds last), each kind's sorted by name. */
    private static List<Group> grouped(List<Entry> matches) {
        Map<EntryKind, List<Entry>> byKind = new EnumMap<>(EntryKind.class);
        List<Entry> unknown = new ArrayList<>();
        for (Entry e : matches) {
            EntryKind kind = e.knownKind();
            (kind == null ? unknown : byKind.computeIfAbsent(kind, k -> new ArrayList<>())).add(e);
        }
        List<Group> result = new ArrayList<>();
        byKind.forEach((kind, ofKind) -> result.add(sorted(kind, ofKind)));
        if (!unknown.isEmpty()) {
            result.add(sorted(null, unknown));
        }
        return result;
    }

    private static Group sorted(EntryKind kind, List<Entry> entries) {
        entries.sort(BY_NAME);
        return new Group(kind, List.copyOf(entries));
    }

    public int shownCount() {
        return groups.get().stream().mapToInt(g -> g.entries().size()).sum();
    }

    public void delete() {
        Entry entry = selected.get();
        if (entry == null
                || !dialogs.confirm(
                        Messages.text("delete.title"),
                        Messages.format("delete.message", entry.getName()),
                        Messages.text("delete.ok"))) {
            return;
        }
        try {
            session.editor().remove(entry);
        } catch (VaultException e) {
            dialogs.error(Failure.of(Messages.text("delete.failed"), e));
        }
        selected.set(null);
        session.changed();
    }

    /** Renames the selected entry; a refused name is reported. */
    public void rename(String newName) {
        Entry entry = selected.get();
        try {
            session.editor().rename(entry, newName);
        } catch (VaultException | io.p1vault.model.InvalidEntryException e) {
            dialogs.error(Failure.of(Messages.format("rename.failed", entry.getName()), e));
        }
        session.changed();
    }

    private void updateCanChange() {
        Entry e = selected.get();
        hasSecret.set(e != null && e.secret() != null && session.unlocked.get());
        canChangeSelected.set(selected.get() != null && selected.get().knownKind() != null && session.editable.get());
    }
}
