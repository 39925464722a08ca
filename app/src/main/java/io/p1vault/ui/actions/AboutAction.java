package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Says which version this is. */
public final class AboutAction extends AppAction {
    private final DesktopController app;

    public AboutAction(DesktopController app) {
        super("help.about");
        this.app = app;
    }

    @Override
    protected void perform() {
        app.showAbout();
    }
}
