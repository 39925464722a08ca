package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Creates a new vault (after settling unsaved changes of the open one). */
public final class NewVaultAction extends AppAction {
    private final DesktopController app;

    public NewVaultAction(DesktopController app) {
        super("vault.new");
        this.app = app;
    }

    @Override
    protected void perform() {
        app.newVault();
    }
}
