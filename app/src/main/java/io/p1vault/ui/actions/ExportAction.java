package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Opens the export form for the unlocked vault. */
public final class ExportAction extends AppAction {
    private final DesktopController app;

    public ExportAction(DesktopController app) {
        super("vault.export");
        this.app = app;
        enabledWhen(app.session().unlocked);
    }

    @Override
    protected void perform() {
        app.showExport();
    }
}
