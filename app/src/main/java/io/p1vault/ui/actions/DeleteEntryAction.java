package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Deletes the selected entry, after asking. */
public final class DeleteEntryAction extends AppAction {
    private final DesktopController app;

    public DeleteEntryAction(DesktopController app) {
        super("entry.delete");
        this.app = app;
        enabledWhen(app.presenter().canChangeSelected);
    }

    @Override
    protected void perform() {
        app.presenter().delete();
    }
}
