package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Opens another vault file. */
public final class OpenVaultAction extends AppAction {
    private final DesktopController app;

    public OpenVaultAction(DesktopController app) {
        super("vault.open");
        this.app = app;
    }

    @Override
    protected void perform() {
        app.openVault();
    }
}
