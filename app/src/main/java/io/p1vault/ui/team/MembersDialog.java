package io.p1vault.ui.team;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Mnemonics;
import io.p1vault.ui.base.RowsTableModel;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import java.awt.Dimension;
import java.awt.Window;
import java.util.List;

/** Team › Members…: who the team vault is encrypted to, adding a member by a pasted recipient, and removing one. */
public final class MembersDialog extends BaseDialog {
    public MembersDialog(Window owner, MembersPresenter presenter) {
        super(owner, "membersDialog", Messages.text("members.title"));
        RowsTableModel<MembersPresenter.Row> model = new RowsTableModel<>(
                List.of("members.name", "members.recipient", "members.addedBy", "members.addedAt"),
                (row, column) -> switch (column) {
                    case 0 -> row.you() ? Messages.format("members.you", row.name()) : row.name();
                    case 1 -> row.recipient();
                    case 2 -> row.addedBy();
                    default -> row.addedAt();
                });
        JTable table = Components.named(new JTable(model), "members.table", Messages.text("members.title"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setPreferredWidth(140);
        table.getColumnModel().getColumn(1).setPreferredWidth(420);
        table.getColumnModel().getColumn(2).setPreferredWidth(110);
        table.getColumnModel().getColumn(3).setPreferredWidth(150);
        own(presenter.rows.bind(model::show));
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(840, 180));

        JPanel content =
                new JPanel(new MigLayout("insets 0, wrap 1, fill, hidemode 3", "[grow,fill]", "[grow,fill][][]"));
        content.add(scroll);
        content.add(
                fittingMessage("members.plainWarning", MessageLabel.Style.WARNING, presenter.plainFileWarning),
                "wmin 0");
        MessageLabel unaccepted =
                fittingMessage("members.unaccepted", MessageLabel.Style.WARNING, presenter.unaccepted);
        JButton accept = Components.button("members.accept", presenter::accept);
        own(presenter.unaccepted.bind(text -> accept.setVisible(text != null)));
        content.add(unaccepted, "wmin 0, split 2, growx");
        content.add(accept, "growx 0");

        JButton remove =
                Components.button("members.remove", () -> selected(table, model).ifPresent(presenter::remove));
        content.add(remove, "align right, growx 0");

        JTextField name = new JTextField(14);
        name.setName("members.newName");
        JTextField recipient = new JTextField(40);
        recipient.setName("members.newRecipient");
        JButton add = Components.button("members.add", () -> presenter.add(name.getText(), recipient.getText()));
        JPanel adding = new JPanel(new MigLayout("insets 0, fillx", "[]rel[]para[]rel[grow,fill]rel[]", ""));
        adding.add(Mnemonics.label("members.newNameLabel", name));
        adding.add(name);
        adding.add(Mnemonics.label("members.newRecipientLabel", recipient));
        adding.add(recipient);
        adding.add(add);
        content.add(adding, "gaptop para");
        content.add(fittingMessage("members.message", MessageLabel.Style.ERROR, presenter.message), "wmin 0");

        Runnable enable = () -> {
            boolean idle = !presenter.busy.get();
            add.setEnabled(idle);
            accept.setEnabled(idle);
            remove.setEnabled(idle && table.getSelectedRow() >= 0);
        };
        table.getSelectionModel().addListSelectionListener(e -> enable.run());
        own(presenter.busy.bind(b -> enable.run()));
        own(presenter.added.addListener(n -> {
            name.setText("");
            recipient.setText("");
        }));
        layOut(content, null);
    }

    private static java.util.Optional<MembersPresenter.Row> selected(
            JTable table, RowsTableModel<MembersPresenter.Row> model) {
        int row = table.getSelectedRow();
        return row < 0
                ? java.util.Optional.empty()
                : java.util.Optional.of(model.row(table.convertRowIndexToModel(row)));
    }
}
