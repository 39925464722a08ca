package io.p1vault.ui.main;

import io.p1vault.ui.base.Icons;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.session.VaultSession;
import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import java.time.Duration;
import java.util.Optional;

/** The vault file, whether all is saved, and the time until the vault locks itself. */
public final class StatusBar extends JPanel {
    private final JLabel file = new JLabel();
    private final JLabel saved = new JLabel();
    private final JLabel autoLock = new JLabel();

    public StatusBar(VaultSession session) {
        super(new MigLayout("insets 3 8 3 8, fillx", "[grow, fill]rel[]rel[]rel[]rel[]", "[]"));
        setName("statusBar");
        file.setName("status.file");
        saved.setName("status.saved");
        autoLock.setName("status.autoLock");
        add(file, "wmin 0");
        add(new JSeparator(SwingConstants.VERTICAL), "growy");
        add(saved);
        add(new JSeparator(SwingConstants.VERTICAL), "growy");
        add(autoLock);
        session.file.bind(f -> {
            file.setText(f == null ? Messages.text("status.noVault") : f.toString());
            file.setToolTipText(file.getText());
        });
        Runnable state = () -> {
            if (session.vault.get() == null) {
                saved.setText(Messages.text(session.file.get() == null ? "status.none" : "status.locked"));
                saved.setIcon(Icons.get("lock"));
            } else if (session.busy.get()) {
                String activity = session.activity.get();
                saved.setText(activity != null ? activity : Messages.text("status.saving"));
                saved.setIcon(null);
            } else {
                saved.setText(Messages.text(session.dirty.get() ? "status.unsaved" : "status.saved"));
                saved.setIcon(Icons.get(session.dirty.get() ? "unsaved" : "saved"));
            }
        };
        session.vault.addListener(v -> state.run());
        session.dirty.addListener(d -> state.run());
        session.busy.addListener(b -> state.run());
        session.activity.addListener(a -> state.run());
        session.file.addListener(f -> state.run());
        state.run();
        showAutoLock(Optional.empty());
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
    }

    /** Called about once a second with the time left, or empty when auto-lock is off or nothing is open. */
    public void showAutoLock(Optional<Duration> left) {
        autoLock.setText(left.map(d -> Messages.format("status.autoLock", d.toMinutes(), d.toSecondsPart()))
                .orElse(Messages.text("status.autoLockOff")));
    }
}
