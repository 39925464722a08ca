package io.p1vault.ui.pingfederate;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.details.DetailRows;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import java.awt.Window;

/** Shows a connection test as it runs and its outcome; closing cancels it. */
public final class ServerTestDialog extends BaseDialog {
    private final ServerTestPresenter presenter;

    public ServerTestDialog(Window owner, ServerTestPresenter presenter) {
        super(owner, "serverTest", Messages.format("servertest.title", presenter.serverName()));
        this.presenter = presenter;
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1, fillx, hidemode 3", "[fill, 600!]", ""));
        JLabel connecting = new JLabel(Messages.format("servertest.connecting", presenter.url()));
        connecting.setName("serverTest.connecting");
        JProgressBar progress = new JProgressBar();
        progress.setName("serverTest.progress");
        progress.setIndeterminate(true);
        DetailRows rows = new DetailRows("serverTest.result");
        MessageLabel failure =
                new MessageLabel("serverTest.failure", MessageLabel.Style.ERROR).follow(presenter.failure);
        content.add(connecting);
        content.add(progress);
        content.add(rows);
        content.add(failure, "wmin 0");
        own(presenter.running.bind(running -> {
            connecting.setVisible(running);
            progress.setVisible(running);
        }));
        own(presenter.result.bind(result -> {
            rows.show(result);
            refit();
        }));
        own(presenter.failure.addListener(f -> refit()));
        JButton again = new JButton(Messages.text("servertest.again"));
        again.setName("serverTest.again");
        again.addActionListener(e -> presenter.start());
        own(presenter.running.bind(running -> again.setEnabled(!running)));
        layOut(content, null, again);
    }

    /** The outcome replaces the progress bar: size the dialog to it, on the same spot. */
    private void refit() {
        if (isDisplayable()) {
            java.awt.Point at = getLocation();
            setMinimumSize(null);
            packToWrappedText();
            setLocation(at);
        }
    }

    @Override
    protected void cancel() {
        presenter.cancel();
        dispose();
    }
}
