package io.p1vault.ui.pingfederate;

import io.p1vault.ui.base.Mnemonics;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * While a call to PingFederate runs: a moving bar, what the call does, and a cancel button while
 * it may be cancelled (a read). Hidden otherwise.
 */
final class CallStatus extends JPanel {
    CallStatus(String name, ServerCall call, Runnable cancelAction) {
        super(new MigLayout("insets 0, hidemode 3", "[]rel[grow,fill]rel[]", "[]"));
        setName(name);
        JProgressBar bar = new JProgressBar();
        bar.setName(name + ".progress");
        bar.setIndeterminate(true);
        JLabel activity = new JLabel();
        activity.setName(name + ".activity");
        add(bar, "w 80!");
        add(activity, "wmin 0");
        JButton cancel = Mnemonics.button(new JButton(), "pf.cancel", name + ".cancel");
        cancel.addActionListener(e -> cancelAction.run());
        call.cancellable.bind(cancel::setVisible);
        add(cancel);
        call.activity.bind(a -> {
            activity.setText(a == null ? "" : a);
            setVisible(a != null);
        });
    }
}
