package io.p1vault.ui.integrations;

import io.p1vault.integrations.AicProvisioningConfig;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Entry;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.awt.Component;
import java.awt.Font;
import java.awt.Window;
import java.io.File;
import java.util.function.Function;

/** The thin view of {@link UseWithPresenter}: system choice, AIC values with copy buttons, preview, notes. */
public final class UseWithDialog extends BaseDialog {
    private final UseWithPresenter presenter;
    private final Dialogs dialogs;
    private final JPanel fields = new JPanel(new MigLayout("insets 0, wrap 3, hidemode 3", "[][grow,fill][]", ""));

    public UseWithDialog(Window owner, UseWithPresenter presenter, Dialogs dialogs) {
        super(
                owner,
                "useWith",
                Messages.format("useWith.title", presenter.application().getName()));
        this.presenter = presenter;
        this.dialogs = dialogs;
        JPanel content = new JPanel(
                new MigLayout("insets 0, wrap 2, fill, hidemode 3", "[][grow,fill]", "[][][][][][grow,fill][]"));

        JComboBox<UseWithPresenter.Target> target = Components.named(
                new JComboBox<>(presenter.targets.toArray(UseWithPresenter.Target[]::new)),
                "useWith.target",
                Messages.text("useWith.target"));
        target.setRenderer(renderer(v -> Messages.text("useWith.target." + ((UseWithPresenter.Target) v).name())));
        target.setSelectedItem(presenter.target.get());
        target.addActionListener(e -> presenter.target.set((UseWithPresenter.Target) target.getSelectedItem()));
        content.add(Components.labelFor(Messages.text("useWith.target"), target));
        content.add(target);

        JComboBox<Object> client = Components.named(
                new JComboBox<>(presenter.clients.toArray()), "useWith.client", Messages.text("useWith.client"));
        client.setRenderer(renderer(v -> ((Entry) v).getName()));
        client.addActionListener(
                e -> presenter.conductorOneClient.set((ClientCredentialsEntry) client.getSelectedItem()));
        JLabel clientLabel = Components.labelFor(Messages.text("useWith.client"), client);
        content.add(clientLabel);
        content.add(client);

        JCheckBox provisioning = Components.named(
                new JCheckBox(Messages.text("useWith.provisioning")),
                "useWith.provisioning",
                Messages.text("useWith.provisioning"));
        provisioning.addActionListener(e -> presenter.provisioning.set(provisioning.isSelected()));
        content.add(provisioning, "skip");

        JCheckBox withoutSecrets = Components.named(
                new JCheckBox(Messages.text("useWith.withoutSecrets")),
                "useWith.withoutSecrets",
                Messages.text("useWith.withoutSecrets"));
        withoutSecrets.addActionListener(e -> presenter.withoutSecrets.set(withoutSecrets.isSelected()));
        content.add(withoutSecrets, "skip");

        content.add(fields, "span, growx");

        JTextArea preview = readOnly("useWith.preview", 14);
        content.add(new JLabel(Messages.text("useWith.preview")), "span");
        content.add(new JScrollPane(preview), "span, grow, width 640:720, height 180:260");
        JTextArea notes = readOnly("useWith.notes", 6);
        content.add(new JScrollPane(notes), "span, growx, height 60:110");

        MessageLabel error = new MessageLabel("useWith.error", MessageLabel.Style.ERROR);
        content.add(error, "span, wmin 0");
        MessageLabel done = new MessageLabel("useWith.done", MessageLabel.Style.NOTE);
        content.add(done, "span, wmin 0");

        own(presenter.target.bind(t -> {
            boolean conductorOne = t == UseWithPresenter.Target.CONDUCTORONE;
            clientLabel.setVisible(conductorOne);
            client.setVisible(conductorOne);
            provisioning.setVisible(conductorOne);
            showFields();
            fitContent();
        }));
        own(presenter.preview.bind(text -> {
            preview.setText(text);
            preview.setCaretPosition(0);
        }));
        own(presenter.notes.bind(lines -> notes.setText(String.join("\n", lines))));
        own(presenter.error.bind(error::show));
        own(presenter.done.bind(done::show));

        JButton copy = Components.named(
                new JButton(Messages.text("useWith.copy")), "useWith.copy", Messages.text("useWith.copy"));
        copy.addActionListener(e -> presenter.copyDocument());
        JButton save = Components.named(
                new JButton(Messages.text("useWith.save")), "useWith.save", Messages.text("useWith.save"));
        save.addActionListener(e -> save());
        layOut(content, null, copy, save);
    }

    private void showFields() {
        fields.removeAll();
        if (!presenter.fields().isEmpty()) {
            fields.add(Components.heading(Messages.text("useWith.fields"), 1f), "span");
        }
        for (AicProvisioningConfig.Field f : presenter.fields()) {
            fields.add(new JLabel(f.label()));
            JLabel value = Components.named(
                    new JLabel(f.isSecret() ? "********" : f.value()), "useWith.value." + f.property(), f.label());
            value.setFont(new Font(Font.MONOSPACED, Font.PLAIN, value.getFont().getSize()));
            fields.add(value);
            JButton copy = Components.named(
                    new JButton(Messages.text("useWith.copyField")),
                    "useWith.copy." + f.property(),
                    Messages.text("useWith.copyField") + " " + f.label());
            copy.addActionListener(e -> presenter.copyField(f));
            fields.add(copy);
        }
        fields.revalidate();
    }

    private void save() {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new File(presenter.target.get().fileName()));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        presenter.save(
                chooser.getSelectedFile().toPath(),
                failure -> dialogs.error(Failure.of(Messages.text("useWith.saveFailed"), failure)));
    }

    private static JTextArea readOnly(String name, int rows) {
        JTextArea area = Components.named(new JTextArea(rows, 60), name, Messages.text(name));
        area.setEditable(false);
        area.setFont(new Font(Font.MONOSPACED, Font.PLAIN, area.getFont().getSize()));
        return area;
    }

    private static DefaultListCellRenderer renderer(Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(
                        list, value == null ? "" : text.apply(value), index, selected, focus);
            }
        };
    }
}
