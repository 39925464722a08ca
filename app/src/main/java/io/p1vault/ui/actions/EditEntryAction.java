package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Edits the selected entry. */
public final class EditEntryAction extends AppAction {
    private final DesktopController app;

    public EditEntryAction(DesktopController app) {
        super("entry.edit");
        this.app = app;
        enabledWhen(app.presenter().canChangeSelected);
    }

    @Override
    protected void perform() {
        app.editSelected();
    }
}
