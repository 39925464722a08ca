package io.p1vault.ui.pingfederate;

import com.formdev.flatlaf.FlatClientProperties;
import io.p1vault.pingfederate.PingOneEnvironment;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Mnemonics;
import io.p1vault.ui.base.RowsTableModel;
import net.miginfocom.swing.MigLayout;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.Timer;
import java.awt.Window;
import java.util.List;

/** The environments a connection reaches; the filter is applied by PingFederate, shortly after typing stops. */
public final class EnvironmentsDialog extends BaseDialog {
    private static final int TYPING_PAUSE_MS = 350;

    public EnvironmentsDialog(Window owner, EnvironmentsPresenter presenter) {
        super(
                owner,
                "environmentsDialog",
                Messages.format("environments.title", presenter.connection().name()));
        JPanel content = new JPanel(
                new MigLayout("insets 0, wrap 2, fill, hidemode 3", "[]rel[grow,fill]", "[]rel[grow,fill]rel[]rel[]"));
        JTextField filter = new JTextField(24);
        filter.setName("environments.filter");
        filter.putClientProperty(
                FlatClientProperties.PLACEHOLDER_TEXT, Messages.text("environments.filter.placeholder"));
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        Timer typing = new Timer(TYPING_PAUSE_MS, e -> presenter.load(filter.getText()));
        typing.setRepeats(false);
        Documents.onChange(filter, typing::restart);
        filter.addActionListener(e -> {
            typing.stop();
            presenter.load(filter.getText());
        });
        content.add(Mnemonics.label("environments.filter", filter));
        content.add(filter);
        RowsTableModel<PingOneEnvironment> model = new RowsTableModel<>(
                List.of("environments.column.name", "environments.column.type", "environments.column.id"),
                (e, column) -> switch (column) {
                    case 0 -> e.name();
                    case 1 -> e.type();
                    default -> e.id();
                });
        own(presenter.rows.bind(model::show));
        JTable table = new JTable(model);
        table.setName("environments.table");
        table.getAccessibleContext().setAccessibleName(Messages.text("environments.table"));
        table.setAutoCreateRowSorter(true);
        content.add(new JScrollPane(table), "span, w 480:640, h 160:300");
        content.add(
                new MessageLabel("environments.message", MessageLabel.Style.NOTE).follow(presenter.message),
                "span, wmin 0");
        content.add(new CallStatus("environments.status", presenter.call, presenter.call::cancel), "span, growx");
        layOut(content, null);
        presenter.load("");
    }
}
