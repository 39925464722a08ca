package io.p1vault.ui.pingfederate;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Mnemonics;
import io.p1vault.ui.base.RowsTableModel;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import java.awt.Component;
import java.awt.Window;
import java.util.List;
import java.util.Objects;

/**
 * The connections browser: a server's PingOne connections in a table, and the actions on the
 * selected one. Every write goes through a preview; the line under the table says what was done
 * or what failed, and a banner with "Replicate now" shows while the cluster's engines lack changes.
 */
public final class ConnectionsDialog extends BaseDialog {
    private final ConnectionsPresenter presenter;

    public ConnectionsDialog(Window owner, ConnectionsPresenter presenter) {
        super(owner, "connectionsDialog", Messages.text("connections.title"));
        this.presenter = presenter;
        own(presenter::close);
        JPanel content = new JPanel(new MigLayout(
                "insets 0, wrap 1, fill, hidemode 3", "[grow,fill]", "[]rel[grow,fill]rel[]rel[]rel[]rel[]"));
        content.add(ServerRow.of(
                "connections",
                new ServerRow.Screen(
                        presenter.servers(),
                        presenter.server,
                        presenter.call,
                        presenter::selectServer,
                        presenter::refresh),
                this::own));
        content.add(new JScrollPane(table()), "w 640:960:1200, h 120:200");
        content.add(actions());
        MessageLabel note = new MessageLabel("connections.message", MessageLabel.Style.NOTE);
        MessageLabel error = new MessageLabel("connections.error", MessageLabel.Style.ERROR);
        own(presenter.message.bind(m -> {
            note.show(presenter.failed.get() ? null : m);
            error.show(presenter.failed.get() ? m : null);
        }));
        content.add(note, "wmin 0");
        content.add(error, "wmin 0");
        content.add(
                new ClusterBanner("connections.cluster", presenter.cluster, "cluster.replicateNow", false), "wmin 0");
        content.add(new CallStatus("connections.status", presenter.call, presenter::cancel), "growx");
        layOut(content, null);
    }

    private JTable table() {
        RowsTableModel<ConnectionsPresenter.Row> model = new RowsTableModel<>(
                List.of(
                        "connections.column.name",
                        "connections.column.environment",
                        "connections.column.region",
                        "connections.column.active",
                        "connections.column.status",
                        "connections.column.heldBy"),
                ConnectionsDialog::cell);
        JTable table = new JTable(model);
        table.setName("connections.table");
        table.getAccessibleContext().setAccessibleName(Messages.text("connections.table"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(true);
        int[] widths = {190, 300, 55, 50, 90, 170};
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        own(presenter.rows.bind(rows -> {
            model.show(rows);
            select(table, model, presenter.selected.get());
        }));
        own(presenter.selected.addListener(row -> select(table, model, row)));
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                int view = table.getSelectedRow();
                presenter.selected.set(view < 0 ? null : model.row(table.convertRowIndexToModel(view)));
            }
        });
        return table;
    }

    private static Object cell(ConnectionsPresenter.Row row, int column) {
        PingOneConnection c = row.connection();
        return switch (column) {
            case 0 -> c.name();
            case 1 -> c.environmentId();
            case 2 -> c.region();
            case 3 -> c.active();
            case 4 -> row.credentialStatus();
            default -> Objects.requireNonNullElse(row.heldBy(), Messages.text("connections.notInVault"));
        };
    }

    private static void select(
            JTable table, RowsTableModel<ConnectionsPresenter.Row> model, ConnectionsPresenter.Row row) {
        int index = row == null ? -1 : model.indexOf(row);
        if (index < 0) {
            table.clearSelection();
        } else {
            int view = table.convertRowIndexToView(index);
            table.setRowSelectionInterval(view, view);
        }
    }

    private JPanel actions() {
        JPanel row = new JPanel(new MigLayout("insets 0", "", "[]"));
        JButton replace = Mnemonics.button(new JButton(), "connections.replace", "connections.replace");
        replace.setToolTipText(Messages.text("connections.replace.tip"));
        replace.addActionListener(e -> credentialsMenu(replace));
        row.add(replace);
        row.add(action("connections.edit", () -> new EditConnectionDialog(this, presenter.edit()).setVisible(true)));
        JButton enable = action("connections.enable", () -> presenter.setActive(true));
        JButton disable = action("connections.disable", () -> presenter.setActive(false));
        row.add(enable);
        row.add(disable);
        row.add(action("connections.delete", presenter::delete), "gapleft para");
        JButton environments = action(
                "connections.environments",
                () -> new EnvironmentsDialog(this, presenter.environments()).setVisible(true));
        row.add(environments, "gapleft para");
        Runnable update = () -> {
            boolean can = presenter.canChange.get();
            boolean active = presenter.selected.get() != null
                    && presenter.selected.get().connection().active();
            for (Component c : row.getComponents()) {
                c.setEnabled(can);
            }
            enable.setEnabled(can && !active);
            disable.setEnabled(can && active);
            environments.setEnabled(presenter.selected.get() != null && !presenter.call.busy.get());
        };
        own(presenter.canChange.addListener(c -> update.run()));
        own(presenter.selected.addListener(s -> update.run()));
        own(presenter.call.busy.addListener(b -> update.run()));
        update.run();
        return row;
    }

    private static JButton action(String key, Runnable run) {
        JButton button = Mnemonics.button(new JButton(), key, key);
        button.addActionListener(e -> run.run());
        return button;
    }

    private void credentialsMenu(JButton under) {
        JPopupMenu menu = new JPopupMenu();
        menu.setName("connections.credentials");
        for (GatewayCredentialEntry credential : presenter.credentials()) {
            JMenuItem item = new JMenuItem(credential.getName());
            item.setName("connections.credential." + credential.getName());
            item.addActionListener(e -> presenter.replaceCredential(credential));
            menu.add(item);
        }
        menu.show(under, 0, under.getHeight());
    }

    @Override
    protected void cancel() {
        if (!presenter.call.busy.get() || presenter.call.cancel()) {
            dispose();
        }
    }
}
