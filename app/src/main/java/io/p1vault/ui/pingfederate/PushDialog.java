package io.p1vault.ui.pingfederate;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.HtmlGuard;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Mnemonics;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Window;

/**
 * "Push to PingFederate…": server, connection name (new, or one of the server's, read in the
 * background), description and active; "Preview…" shows the request and asks before sending.
 * Closes once the push is done, unless engine nodes of a cluster lack it: then it shows the result
 * with "Replicate now". A failure keeps the form with the reason beside the field.
 */
public final class PushDialog extends BaseDialog {
    private final PushPresenter presenter;

    public PushDialog(Window owner, PushPresenter presenter) {
        super(
                owner,
                "pushDialog",
                Messages.format("push.title", presenter.credential().getName()));
        this.presenter = presenter;
        own(presenter::close);
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[]rel[grow,fill]", "[]para[]"));
        JLabel intro = HtmlGuard.ownHtmlLabel("<html>" + Messages.text("push.intro") + "</html>");
        intro.setForeground(UIManager.getColor("Label.disabledForeground"));
        form.add(intro, "span, w 300:460:700");

        JComboBox<PingFederateServerEntry> servers =
                new JComboBox<>(presenter.servers().toArray(PingFederateServerEntry[]::new));
        servers.setName("push.server");
        servers.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                String text = value instanceof PingFederateServerEntry s ? s.getName() + " — " + s.getAdminUrl() : "";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        servers.setSelectedItem(null);
        own(presenter.call.busy.addListener(b -> servers.setEnabled(!presenter.call.writing())));
        servers.addActionListener(e -> presenter.selectServer((PingFederateServerEntry) servers.getSelectedItem()));
        form.add(Mnemonics.label("pf.server", servers));
        form.add(servers);
        if (presenter.servers().isEmpty()) {
            MessageLabel none = new MessageLabel("push.noServers", MessageLabel.Style.WARNING);
            none.show(Messages.text("pf.noServers"));
            form.add(none, "skip, wmin 0");
        }

        JComboBox<String> name = nameField();
        form.add(Mnemonics.label("push.name", name));
        form.add(name);
        form.add(
                new MessageLabel("push.name.error", MessageLabel.Style.ERROR).follow(presenter.errors.field("name")),
                "skip, wmin 0");
        MessageLabel effect = new MessageLabel("push.effect", MessageLabel.Style.NOTE);
        own(presenter.replaces.bind(r -> effect.show(Messages.text(r ? "push.replaces" : "push.creates"))));
        form.add(effect, "skip, wmin 0");

        JTextField description = new JTextField(30);
        description.setName("push.description");
        Documents.bind(description, presenter.description);
        form.add(Mnemonics.label("push.description", description));
        form.add(description);
        form.add(
                new MessageLabel("push.description.error", MessageLabel.Style.ERROR)
                        .follow(presenter.errors.field("description")),
                "skip, wmin 0");

        JCheckBox active = Mnemonics.button(new JCheckBox(), "push.active", "push.active");
        own(presenter.active.bind(active::setSelected));
        active.addActionListener(e -> presenter.active.set(active.isSelected()));
        form.add(active, "skip");
        form.add(
                new MessageLabel("push.active.error", MessageLabel.Style.ERROR)
                        .follow(presenter.errors.field("active")),
                "skip, wmin 0");
        form.add(
                new MessageLabel("push.credential.error", MessageLabel.Style.ERROR)
                        .follow(presenter.errors.field("credential")),
                "span, wmin 0");
        form.add(
                new MessageLabel("push.message", MessageLabel.Style.ERROR).follow(presenter.errors.message),
                "span, wmin 0, w 300:460:700");
        MessageLabel result = new MessageLabel("push.result", MessageLabel.Style.NOTE);
        form.add(result, "span, wmin 0, w 300:460:700");
        form.add(new ClusterBanner("push.cluster", presenter.cluster, "cluster.replicateNow", false), "span, wmin 0");
        form.add(new CallStatus("push.status", presenter.call, presenter.call::cancel), "span, growx");

        layOut(form, "x");
        Mnemonics.apply(okButton, Messages.text("push.preview"));
        own(presenter.canPreview.bind(okButton::setEnabled));
        own(presenter.errors.message.addListener(m -> fitContent()));
        // On a cluster whose engines lack the push, the result stays up with "Replicate now" until closed.
        own(presenter.done.addListener(d -> {
            if (!presenter.cluster.replicationRequired.get()) {
                dispose();
                return;
            }
            result.show(d);
            okButton.setVisible(false);
            cancelButton.setText(Messages.text("button.close"));
            fitContent();
        }));
        if (presenter.servers().size() == 1) {
            servers.setSelectedIndex(0);
        }
    }

    private JComboBox<String> nameField() {
        DefaultComboBoxModel<String> model = new DefaultComboBoxModel<>();
        JComboBox<String> nameField = new JComboBox<>(model);
        nameField.setName("push.name");
        nameField.setEditable(true);
        nameField.setToolTipText(Messages.text("push.name.tip"));
        JTextComponent editor = (JTextComponent) nameField.getEditor().getEditorComponent();
        editor.setName("push.name.text");
        Documents.bind(editor, presenter.name);
        own(presenter.existingNames.bind(names -> {
            String typed = presenter.name.get();
            model.removeAllElements();
            model.addAll(names);
            editor.setText(typed);
        }));
        return nameField;
    }

    @Override
    protected void ok() {
        presenter.preview();
    }

    /** Closes, cancelling a read in progress; a send runs to its end first. */
    @Override
    protected void cancel() {
        if (!presenter.call.busy.get() || presenter.call.cancel()) {
            dispose();
        }
    }
}
