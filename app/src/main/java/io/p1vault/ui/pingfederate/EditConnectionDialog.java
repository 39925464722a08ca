package io.p1vault.ui.pingfederate;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Mnemonics;
import net.miginfocom.swing.MigLayout;

import javax.swing.JPanel;
import javax.swing.JTextField;
import java.awt.Window;

/** Renames and re-describes a connection; PingFederate's refusals appear under the field they concern. */
public final class EditConnectionDialog extends BaseDialog {
    private final EditConnectionPresenter presenter;

    public EditConnectionDialog(Window owner, EditConnectionPresenter presenter) {
        super(
                owner,
                "editConnection",
                Messages.format("edit.title", presenter.connection().name()));
        this.presenter = presenter;
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[]rel[grow,fill]", "[]"));
        field(form, "name", "edit.name", presenter.name);
        field(form, "description", "edit.description", presenter.description);
        form.add(
                new MessageLabel("editConnection.message", MessageLabel.Style.ERROR).follow(presenter.errors.message),
                "span, wmin 0, w 300:420:600");
        form.add(new CallStatus("editConnection.status", presenter.call(), presenter.call()::cancel), "span, growx");
        layOut(form, "x");
        Mnemonics.apply(okButton, Messages.text("edit.preview"));
        own(presenter.call().busy.bind(b -> okButton.setEnabled(!b)));
        own(presenter.errors.message.addListener(m -> fitContent()));
        own(presenter.done.addListener(d -> dispose()));
    }

    private void field(JPanel form, String path, String labelKey, io.p1vault.ui.base.Property<String> value) {
        JTextField field = new JTextField(30);
        field.setName("editConnection." + path);
        Documents.bind(field, value);
        form.add(Mnemonics.label(labelKey, field));
        form.add(field);
        form.add(
                new MessageLabel("editConnection." + path + ".error", MessageLabel.Style.ERROR)
                        .follow(presenter.errors.field(path)),
                "skip, wmin 0");
    }

    @Override
    protected void ok() {
        presenter.save();
    }

    @Override
    protected void cancel() {
        if (!presenter.call().busy.get() || presenter.call().cancel()) {
            dispose();
        }
    }
}
