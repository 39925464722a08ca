package io.p1vault.ui.exchange;

import com.formdev.flatlaf.FlatClientProperties;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.HintTextArea;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.session.NewPassphraseFields;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JTable;
import javax.swing.JTextArea;
import java.awt.Font;
import java.awt.Window;
import java.util.List;

/** The export form: entries on the left; recipients or passphrase, armor and file on the right. */
public final class ExportDialog extends BaseDialog {
    private final ExportPresenter presenter;
    private final NewPassphraseFields passphrase;

    public ExportDialog(Window owner, ExportPresenter presenter) {
        super(owner, "exportDialog", Messages.text("export.title"));
        this.presenter = presenter;
        cancelStops(presenter::cancel);
        passphrase = new NewPassphraseFields("export", presenter.passphrase);
        JPanel content = new JPanel(new MigLayout("insets 0, fill", "[400:470,fill]para[grow,fill]", "[grow,fill]"));
        content.add(entriesPanel());
        content.add(protectionPanel());
        own(presenter.busy.bind(busy -> okButton.setEnabled(!busy)));
        own(presenter.done.addListener(done -> dispose()));
        for (var message : List.of(
                presenter.entriesError,
                presenter.recipientError,
                presenter.targetError,
                presenter.message,
                presenter.passphrase.passphraseError,
                presenter.passphrase.confirmError)) {
            message.addListener(m -> fitContent());
        }
        layOut(content, Messages.text("export.ok"));
    }

    private JComponent entriesPanel() {
        JPanel panel =
                new JPanel(new MigLayout("insets 0, wrap 1, fill, hidemode 3", "[grow,fill]", "[][][grow,fill][]"));
        panel.add(Components.heading(Messages.text("export.entries"), 1f), "split 2, growx 0");
        panel.add(new JSeparator(), "growx");
        javax.swing.JTextField filter =
                Components.named(new javax.swing.JTextField(), "export.filter", Messages.text("export.filter"));
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.text("export.filter"));
        Documents.onChange(filter, () -> presenter.filter.set(filter.getText()));
        JButton all = Components.button("export.all", presenter::chooseAll);
        JButton none = Components.button("export.none", presenter::chooseNone);
        panel.add(filter, "split 3, growx");
        panel.add(all);
        panel.add(none);
        JTable table = CheckTable.of(
                "export.entries",
                presenter.shown,
                presenter.chosen,
                List.of("export.column.export", "export.column.name", "export.column.kind"),
                (Entry e) -> List.of(e.getName(), KindNames.of(e.getKind())),
                presenter::choose);
        table.getAccessibleContext().setAccessibleName(Messages.text("export.entries"));
        panel.add(new JScrollPane(table), "h 220:360");
        panel.add(
                new MessageLabel("export.entriesError", MessageLabel.Style.ERROR).follow(presenter.entriesError),
                "wmin 0");
        if (!presenter.identities.isEmpty()) {
            MessageLabel note = new MessageLabel("export.identityWarning", MessageLabel.Style.NOTE);
            note.show(Messages.text("export.identityWarning"));
            panel.add(note, "wmin 0");
        }
        return panel;
    }

    private JComponent protectionPanel() {
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[]rel[grow,fill]", ""));
        form.add(Components.heading(Messages.text("export.encryptTo"), 1f), "span, split 2, growx 0");
        form.add(new JSeparator(), "growx");
        List<JRadioButton> protections = Components.radios(
                presenter.protection,
                List.of(ExportPresenter.Protection.RECIPIENTS, ExportPresenter.Protection.PASSPHRASE),
                p -> p == ExportPresenter.Protection.RECIPIENTS ? "export.toRecipients" : "export.toPassphrase");
        JRadioButton toRecipients = protections.get(0);
        JRadioButton toPassphrase = protections.get(1);

        form.add(toRecipients, "span");
        JComponent identitiesView;
        JComponent identities;
        if (presenter.identities.isEmpty()) {
            identitiesView = new JLabel(Messages.text("export.noIdentities"));
            identities = identitiesView;
        } else {
            JTable table = CheckTable.of(
                    "export.identities",
                    new Property<>(presenter.identities),
                    presenter.chosenIdentities,
                    List.of("export.column.export", "export.column.name", "export.column.recipient"),
                    (AgeIdentityEntry i) -> List.of(i.getName(), i.getRecipient()),
                    presenter::chooseIdentity);
            table.getColumnModel().getColumn(1).setPreferredWidth(150);
            table.getColumnModel().getColumn(2).setPreferredWidth(330);
            identitiesView = table;
            identities = new JScrollPane(table);
        }
        JLabel identitiesLabel = Components.labelFor(Messages.text("export.identities"), identitiesView);
        form.add(identitiesLabel, "span, gapleft indent");
        form.add(identities, "span, gapleft indent, h 60:90, w 420:520");
        JTextArea pasted = Components.named(
                new HintTextArea(2, 40, Messages.text("export.pasted.placeholder")),
                "export.pasted",
                Messages.text("export.pasted"));
        pasted.setLineWrap(true);
        pasted.setFont(new Font(Font.MONOSPACED, Font.PLAIN, pasted.getFont().getSize()));
        Documents.onChange(pasted, () -> presenter.pasted.set(pasted.getText()));
        form.add(Components.labelFor(Messages.text("export.pasted"), pasted), "span, gapleft indent");
        form.add(new JScrollPane(pasted), "span, gapleft indent");
        form.add(
                new MessageLabel("export.recipientError", MessageLabel.Style.ERROR).follow(presenter.recipientError),
                "span, gapleft indent, wmin 0, width 100:420");

        form.add(toPassphrase, "span, gaptop para");
        JPanel passphraseRows = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[][grow,fill]", ""));
        passphrase.addTo(passphraseRows);
        form.add(passphraseRows, "span, gapleft indent");
        own(presenter.protection.bind(p -> {
            boolean recipients = p == ExportPresenter.Protection.RECIPIENTS;
            identitiesView.setEnabled(recipients);
            pasted.setEnabled(recipients);
            passphrase.setEnabled(!recipients);
        }));

        JCheckBox armor = Components.named(
                new JCheckBox(Messages.text("export.armor")), "export.armor", Messages.text("export.armor"));
        armor.addActionListener(e -> presenter.armor.set(armor.isSelected()));
        form.add(armor, "span, gaptop para");

        JLabel file = Components.named(new JLabel(), "export.file", Messages.text("export.file"));
        own(presenter.target.bind(t -> file.setText(t == null ? Messages.text("export.noFile") : t.toString())));
        form.add(new JLabel(Messages.text("export.file")), "gaptop para");
        form.add(file, "split 2, growx, wmin 0, gaptop para");
        form.add(Components.button("export.browse", presenter::chooseTarget), "gaptop para");
        form.add(
                new MessageLabel("export.targetError", MessageLabel.Style.ERROR).follow(presenter.targetError),
                "skip, wmin 0, width 100:420");

        JProgressBar progress = derivationProgress("export.progress");
        progress.setString(Messages.text("export.deriving"));
        follow(progress, presenter.progress);
        own(presenter.busy.bind(busy ->
                progress.setVisible(busy && presenter.protection.get() == ExportPresenter.Protection.PASSPHRASE)));
        form.add(progress, "span, growx, gaptop para");
        form.add(
                new MessageLabel("export.message", MessageLabel.Style.ERROR).follow(presenter.message),
                "span, wmin 0, width 100:520");
        return form;
    }

    @Override
    protected void ok() {
        passphrase.submit(presenter::export);
    }

    @Override
    public void dispose() {
        passphrase.clear();
        super.dispose();
    }
}
