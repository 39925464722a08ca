package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Copies the selected entry's secret; the clipboard is cleared after the configured delay. */
public final class CopySecretAction extends AppAction {
    private final DesktopController app;

    public CopySecretAction(DesktopController app) {
        super("entry.copySecret");
        this.app = app;
        enabledWhen(app.presenter().hasSecret);
    }

    @Override
    protected void perform() {
        app.copySecret(app.presenter().selected.get());
    }
}
