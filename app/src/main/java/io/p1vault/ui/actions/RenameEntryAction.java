package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Renames the selected entry. */
public final class RenameEntryAction extends AppAction {
    private final DesktopController app;

    public RenameEntryAction(DesktopController app) {
        super("entry.rename");
        this.app = app;
        enabledWhen(app.presenter().canChangeSelected);
    }

    @Override
    protected void perform() {
        app.renameSelected();
    }
}
