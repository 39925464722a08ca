package io.p1vault.ui.base;

import java.awt.Window;

/** A dialog that asks one question: OK confirms and closes, Cancel (or Escape) closes. */
public abstract class ConfirmDialog extends BaseDialog {
    private boolean confirmed;

    protected ConfirmDialog(Window owner, String name, String title) {
        super(owner, name, title);
    }

    /** True once the user pressed OK. */
    public final boolean confirmed() {
        return confirmed;
    }

    @Override
    protected final void ok() {
        confirmed = true;
        dispose();
    }
}
