package io.p1vault.ui.session;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.ChoiceColumn;
import io.p1vault.ui.base.ListTableModel;
import io.p1vault.ui.base.Messages;
import io.p1vault.vault.merge.Resolution;
import net.miginfocom.swing.MigLayout;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.Window;
import java.util.List;
import java.util.Locale;

/** Asks, for each field changed both here and elsewhere, which version to keep; then Save (merged) or Cancel. */
public final class ConflictsDialog extends BaseDialog {
    private static final ChoiceColumn<Resolution> CHOICES = new ChoiceColumn<>(
            List.of(Resolution.KEEP_MINE, Resolution.TAKE_THEIRS, Resolution.KEEP_BOTH), ConflictsDialog::choiceText);

    private final ConflictsPresenter presenter;

    public ConflictsDialog(Window owner, String vaultName, ConflictsPresenter presenter) {
        super(owner, "conflictsDialog", Messages.format("conflicts.title", vaultName));
        this.presenter = presenter;
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow,fill]", "[][grow,fill][]"));
        JTextArea intro = new JTextArea(Messages.format(
                "conflicts.intro", vaultName, presenter.rows.get().size()));
        intro.setName("conflicts.intro");
        intro.setEditable(false);
        intro.setFocusable(false);
        intro.setLineWrap(true);
        intro.setWrapStyleWord(true);
        intro.setOpaque(false);
        intro.setBorder(null);
        intro.setFont(UIManager.getFont("Label.font"));
        content.add(intro, "wmin 0");
        content.add(new JScrollPane(table()), "w 560:720, h 120:240");
        content.add(CHOICES.forAllButtons(
                "conflicts.all.", r -> r.name().toLowerCase(Locale.ROOT), presenter::chooseForAll));
        layOut(content, Messages.text("conflicts.save"));
    }

    private JTable table() {
        RowsModel model = new RowsModel(presenter);
        own(presenter.rows.bind(model::show));
        JTable table = new JTable(model);
        table.setName("conflicts.rows");
        table.getAccessibleContext().setAccessibleName(Messages.text("conflicts.column.choice"));
        table.setFillsViewportHeight(true);
        CHOICES.install(table, RowsModel.CHOICE, row -> true);
        int[] widths = {170, 120, 330, 110};
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        return table;
    }

    static String choiceText(Resolution r) {
        return Messages.text("conflicts.choice." + r.name().toLowerCase(Locale.ROOT));
    }

    @Override
    protected void ok() {
        presenter.accept();
        dispose();
    }

    /** The conflicts; the last column is the choice. */
    private static final class RowsModel extends ListTableModel<ConflictsPresenter.Row> {
        static final int CHOICE = 3;
        private final ConflictsPresenter presenter;

        RowsModel(ConflictsPresenter presenter) {
            super(
                    "conflicts.column.entry",
                    "conflicts.column.field",
                    "conflicts.column.what",
                    "conflicts.column.choice");
            this.presenter = presenter;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == CHOICE;
        }

        @Override
        public Object getValueAt(int row, int column) {
            ConflictsPresenter.Row r = row(row);
            return switch (column) {
                case 0 -> r.entry();
                case 1 -> r.field();
                case 2 -> r.what();
                default -> r.choice();
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            if (value instanceof Resolution choice) {
                presenter.choose(row, choice);
            }
        }
    }
}
