package io.p1vault.ui.exchange;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.ChoiceColumn;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.HintTextArea;
import io.p1vault.ui.base.ListTableModel;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.PassphraseField;
import io.p1vault.vault.ConflictPolicy;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The import form: where the export comes from (a file or pasted text), its passphrase when it
 * has one, then the preview with a choice per conflict, and Import.
 */
public final class ImportDialog extends BaseDialog {
    private static final ChoiceColumn<ConflictPolicy> CHOICES = new ChoiceColumn<>(
            List.of(ConflictPolicy.SKIP, ConflictPolicy.REPLACE, ConflictPolicy.KEEP_BOTH),
            p -> Messages.text("import.choice." + p.name().toLowerCase(Locale.ROOT)));

    private final ImportPresenter presenter;
    private final PassphraseField passphrase = new PassphraseField("import.passphrase", 24);

    public ImportDialog(Window owner, ImportPresenter presenter) {
        super(owner, "importDialog", Messages.text("import.title"));
        this.presenter = presenter;
        cancelStops(presenter::cancel);
        JPanel content =
                new JPanel(new MigLayout("insets 0, wrap 1, fill, hidemode 3", "[grow,fill]", "[][][grow,fill][]"));
        content.add(sourcePanel());
        content.add(Components.heading(Messages.text("import.preview"), 1f), "split 2, growx 0, gaptop para");
        content.add(new JSeparator(), "growx, gaptop para");
        content.add(new JScrollPane(previewTable()), "w 640:820, h 140:300");
        content.add(conflictButtons());
        own(presenter.canImport.bind(okButton::setEnabled));
        own(presenter.done.addListener(done -> dispose()));
        own(presenter.message.addListener(m -> fitContent()));
        own(presenter.needsPassphrase.addListener(n -> fitContent()));
        layOut(content, Messages.text("import.ok"));
    }

    private JComponent sourcePanel() {
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[]rel[grow,fill]", ""));
        List<JRadioButton> sources = Components.radios(
                presenter.source,
                List.of(ImportPresenter.Source.FILE, ImportPresenter.Source.PASTE),
                s -> s == ImportPresenter.Source.FILE ? "import.fromFile" : "import.fromPaste");
        JRadioButton fromFile = sources.get(0);
        JRadioButton fromPaste = sources.get(1);

        JLabel file = Components.named(new JLabel(), "import.file", Messages.text("import.fromFile"));
        own(presenter.file.bind(f -> file.setText(f == null ? Messages.text("export.noFile") : f.toString())));
        JButton browse = Components.button("import.browse", presenter::chooseFile);
        form.add(fromFile);
        form.add(file, "split 2, growx, wmin 0");
        form.add(browse);

        JTextArea pasted = Components.named(
                new HintTextArea(4, 64, Messages.text("import.paste.placeholder")),
                "import.pasted",
                Messages.text("import.fromPaste"));
        pasted.setFont(new Font(Font.MONOSPACED, Font.PLAIN, pasted.getFont().getSize()));
        Documents.onChange(pasted, () -> presenter.pasted.set(pasted.getText()));
        form.add(fromPaste, "top");
        form.add(new JScrollPane(pasted), "h 70:90");
        JButton preview = Components.button("import.preview", presenter::read);
        form.add(preview, "skip, growx 0");

        JLabel passphraseLabel = Components.labelFor(Messages.text("import.passphrase"), passphrase);
        JButton decrypt = Components.button("import.unlock", this::decrypt);
        passphrase.addActionListener(e -> decrypt());
        form.add(passphraseLabel, "gaptop para");
        form.add(passphrase, "split 2, growx, gaptop para");
        form.add(decrypt, "gaptop para");
        own(presenter.needsPassphrase.bind(needed -> {
            passphraseLabel.setVisible(needed);
            passphrase.setVisible(needed);
            decrypt.setVisible(needed);
            if (needed) {
                passphrase.requestFocusInWindow();
            }
        }));
        JProgressBar progress = derivationProgress("import.progress");
        follow(progress, presenter.progress);
        form.add(progress, "skip");
        form.add(
                new MessageLabel("import.message", MessageLabel.Style.ERROR).follow(presenter.message),
                "skip, wmin 0, width 100:640");
        own(presenter.busy.bind(busy -> {
            progress.setVisible(busy && presenter.needsPassphrase.get());
            for (JComponent c : List.of(fromFile, fromPaste, browse, pasted, preview, passphrase, decrypt)) {
                c.setEnabled(!busy);
            }
        }));
        return form;
    }

    private void decrypt() {
        char[] typed = passphrase.getPassword();
        try {
            presenter.read(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private JTable previewTable() {
        RowsModel model = new RowsModel(presenter);
        own(presenter.rows.bind(model::show));
        JTable table = new JTable(model);
        table.setName("import.rows");
        table.getAccessibleContext().setAccessibleName(Messages.text("import.preview"));
        table.setFillsViewportHeight(true);
        CHOICES.install(table, RowsModel.CHOICE, row -> model.row(row).conflict());
        int[] widths = {150, 200, 140, 150, 110};
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        return table;
    }

    private JComponent conflictButtons() {
        JPanel row = CHOICES.forAllButtons("import.all.", ConflictPolicy::option, presenter::chooseForAll);
        MessageLabel undecided = new MessageLabel("import.undecided", MessageLabel.Style.WARNING);
        own(presenter.undecided.bind(n -> undecided.show(n == 0 ? null : Messages.format("import.undecided", n))));
        own(presenter.rows.bind(rows -> row.setVisible(rows.stream().anyMatch(ImportPresenter.Row::conflict))));
        row.add(undecided);
        return row;
    }

    @Override
    protected void ok() {
        presenter.importNow();
    }

    @Override
    public void dispose() {
        passphrase.setText("");
        presenter.close();
        super.dispose();
    }

    /** The preview rows; the last column is the choice, editable on conflicting rows. */
    private static final class RowsModel extends ListTableModel<ImportPresenter.Row> {
        static final int CHOICE = 4;
        private final ImportPresenter presenter;

        RowsModel(ImportPresenter presenter) {
            super(
                    "import.column.name",
                    "import.column.kind",
                    "import.column.status",
                    "import.column.differences",
                    "import.column.choice");
            this.presenter = presenter;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == CHOICE && row(row).conflict();
        }

        @Override
        public Object getValueAt(int row, int column) {
            ImportPresenter.Row r = row(row);
            return switch (column) {
                case 0 -> r.name();
                case 1 -> r.kind();
                case 2 -> r.status();
                case 3 -> r.differences();
                default -> r.choice();
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            if (value instanceof ConflictPolicy policy) {
                presenter.choose(row, policy);
            }
        }
    }
}
