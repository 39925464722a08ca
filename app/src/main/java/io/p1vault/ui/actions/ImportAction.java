package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Opens the import form; needs a vault that may be changed. */
public final class ImportAction extends AppAction {
    private final DesktopController app;

    public ImportAction(DesktopController app) {
        super("vault.import");
        this.app = app;
        enabledWhen(app.session().editable);
    }

    @Override
    protected void perform() {
        app.showImport();
    }
}
