package io.p1vault.ui.main;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.ListTableModel;
import io.p1vault.ui.base.Messages;

import javax.swing.JScrollPane;
import javax.swing.JTable;
import java.awt.Dimension;
import java.awt.Window;
import java.util.List;

/** The vault's history, newest first (never a secret). */
public final class HistoryDialog extends BaseDialog {
    public HistoryDialog(Window owner, List<HistoryRows.Row> rows) {
        super(owner, "historyDialog", Messages.text("history.title"));
        ListTableModel<HistoryRows.Row> model =
                new ListTableModel<>("history.when", "history.action", "history.entry", "history.detail") {
                    @Override
                    public Object getValueAt(int row, int column) {
                        HistoryRows.Row r = row(row);
                        return switch (column) {
                            case 0 -> r.when();
                            case 1 -> r.action();
                            case 2 -> r.entry();
                            default -> r.detail();
                        };
                    }
                };
        model.show(rows);
        JTable table = Components.named(new JTable(model), "history.table", Messages.text("history.title"));
        table.setAutoCreateRowSorter(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(170);
        table.getColumnModel().getColumn(1).setPreferredWidth(90);
        table.getColumnModel().getColumn(2).setPreferredWidth(150);
        table.getColumnModel().getColumn(3).setPreferredWidth(380);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(820, 380));
        layOut(scroll, null);
    }
}
