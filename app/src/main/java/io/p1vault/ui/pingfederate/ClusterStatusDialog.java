package io.p1vault.ui.pingfederate;

import io.p1vault.pingfederate.ClusterNode;
import io.p1vault.pingfederate.ClusterStatus;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.RowsTableModel;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import java.awt.Window;
import java.util.List;
import java.util.Objects;

/**
 * Tools › Cluster status…: whether a server is standalone or clustered, its nodes with their
 * replication state, the last change and replication, and Replicate. Every text from the server is
 * shown as plain text.
 */
public final class ClusterStatusDialog extends BaseDialog {
    private final ClusterPresenter presenter;

    public ClusterStatusDialog(Window owner, ClusterPresenter presenter) {
        super(owner, "clusterDialog", Messages.text("cluster.title"));
        this.presenter = presenter;
        own(presenter::close);
        JPanel content = new JPanel(new MigLayout(
                "insets 0, wrap 1, fill, hidemode 3", "[grow,fill]", "[]rel[]rel[grow,fill]rel[]rel[]rel[]"));
        content.add(ServerRow.of(
                "cluster",
                new ServerRow.Screen(
                        presenter.servers(),
                        presenter.server,
                        presenter.call,
                        presenter::selectServer,
                        presenter::refresh),
                this::own));
        JLabel summary = new JLabel();
        summary.setName("cluster.summary");
        own(presenter.status.addListener(s -> summary.setText(summary(s))));
        own(presenter.standalone.addListener(s -> summary.setText(summary(presenter.status.get()))));
        content.add(summary, "wmin 0");
        content.add(new JScrollPane(table()), "w 560:760:1100, h 100:160");
        MessageLabel mixed = new MessageLabel("cluster.mixed", MessageLabel.Style.WARNING);
        own(presenter.status.addListener(
                s -> mixed.show(presenter.mixedVersions().orElse(null))));
        content.add(mixed, "wmin 0");
        content.add(new ClusterBanner("cluster.banner", presenter, "cluster.replicate", true), "wmin 0");
        content.add(new CallStatus("cluster.status", presenter.call, presenter.call::cancel), "growx");
        layOut(content, null);
    }

    private String summary(ClusterStatus s) {
        if (s == null) {
            return presenter.standalone.get() ? Messages.format("cluster.summary", 0, "") : " ";
        }
        return Messages.format("cluster.summary", 1, ": " + s.describe().replaceFirst("^clustered, ", "")) + ". "
                + Messages.format(
                        "cluster.times",
                        Objects.toString(s.lastConfigUpdateTime(), "?"),
                        Objects.toString(s.lastReplicationTime(), "?"),
                        s.replicationRequired() ? 1 : 0);
    }

    private JTable table() {
        RowsTableModel<ClusterNode> model = new RowsTableModel<>(
                List.of(
                        "cluster.column.address",
                        "cluster.column.mode",
                        "cluster.column.index",
                        "cluster.column.version",
                        "cluster.column.replication",
                        "cluster.column.configuration"),
                ClusterStatusDialog::cell);
        JTable table = new JTable(model);
        table.setName("cluster.table");
        table.getAccessibleContext().setAccessibleName(Messages.text("cluster.table"));
        int[] widths = {150, 150, 45, 170, 100, 190};
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        own(presenter.status.bind(s -> model.show(s == null ? List.of() : s.nodes())));
        return table;
    }

    private static Object cell(ClusterNode node, int column) {
        return switch (column) {
            case 0 -> node.address();
            case 1 -> node.mode();
            case 2 -> node.index() == null ? "" : node.index().toString();
            case 3 -> node.version();
            case 4 -> node.replicationStatus();
            default -> node.configurationTimestamp();
        };
    }

    @Override
    protected void cancel() {
        if (!presenter.call.busy.get() || presenter.call.cancel()) {
            dispose();
        }
    }
}
