package io.p1vault.ui.main;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.VaultSearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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

    /** Recomputes the groups; the selection is kept if its entry still shows, else cleared. */
    public void refresh() {
        List<Entry> entries =
                session.vault.get() == null ? List.of() : session.editor().entries();
        List<Entry> matches = VaultSearch.filter(entries, query.get());
        List<Group> result = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            List<Entry> ofKind = matches.stream()
                    .filter(e -> e.knownKind() == kind)
                    .sorted(BY_NAME)
                    .toList();
            if (!ofKind.isEmpty()) {
                result.add(new Group(kind, ofKind));
            }
        }
        List<Entry> unknown = matches.stream()
                .filter(e -> e.knownKind() == null)
                .sorted(BY_NAME)
                .toList();
        if (!unknown.isEmpty()) {
            result.add(new Group(null, unknown));
        }
        groups.set(result);
        if (selected.get() != null && !matches.contains(selected.get())) {
            selected.set(null);
        }
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
