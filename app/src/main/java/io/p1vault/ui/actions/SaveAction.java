package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Saves the vault's changes. */
public final class SaveAction extends AppAction {
    private final DesktopController app;

    public SaveAction(DesktopController app) {
        super("vault.save");
        this.app = app;
        enabledWhen(app.session().canSave);
    }

    @Override
    protected void perform() {
        app.save();
    }
}
