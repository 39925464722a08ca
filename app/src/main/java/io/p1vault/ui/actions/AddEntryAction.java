package io.p1vault.ui.actions;

import io.p1vault.model.EntryKind;
import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Adds an entry of one kind (one action per kind, each with its own text and shortcut). */
public final class AddEntryAction extends AppAction {
    private final DesktopController app;
    private final EntryKind kind;

    public AddEntryAction(DesktopController app, EntryKind kind) {
        super("entry.add." + kind.id());
        this.app = app;
        this.kind = kind;
        enabledWhen(app.session().editable);
    }

    @Override
    protected void perform() {
        app.addEntry(kind);
    }
}
