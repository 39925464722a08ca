package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Puts the cursor in the search field. */
public final class FindAction extends AppAction {
    private final DesktopController app;

    public FindAction(DesktopController app) {
        super("view.find");
        this.app = app;
        enabledWhen(app.session().unlocked);
    }

    @Override
    protected void perform() {
        app.focusSearch();
    }
}
