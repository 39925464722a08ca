package io.p1vault.ui.team;

import io.p1vault.ui.base.Icons;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.team.TeamVault;
import net.miginfocom.swing.MigLayout;

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import java.nio.file.Path;

/**
 * Above the entry tree while a team vault is open: which vault the window shows (personal or
 * team), switched here, and the team vault's shared mark with its member count, or the warning
 * that its members are not the accepted ones (its saves are refused).
 */
public final class VaultSwitcher extends JPanel {
    private final VaultSession session;
    private final JComboBox<String> choice = new JComboBox<>();
    private final JLabel shared = new JLabel(Icons.get("team"));
    private boolean updating;

    public VaultSwitcher(VaultSession session) {
        super(new MigLayout("insets 0, fillx, wrap 1, hidemode 3", "[grow,fill]", "[]rel[]"));
        this.session = session;
        setName("vaultSwitcher");
        choice.setName("vaultSwitcher.choice");
        choice.getAccessibleContext().setAccessibleName(Messages.text("switcher.accessible"));
        shared.setName("vaultSwitcher.shared");
        shared.setHorizontalAlignment(JLabel.LEADING);
        add(choice);
        add(shared);
        choice.addActionListener(e -> {
            if (!updating && choice.getSelectedIndex() >= 0) {
                session.show(choice.getSelectedIndex() == 1);
            }
        });
        session.team.addListener(t -> update());
        session.teamShown.addListener(t -> update());
        session.revision.addListener(r -> update());
        update();
    }

    private void update() {
        TeamVault.Opened team = session.team.get();
        setVisible(team != null && session.personal() != null);
        if (team == null || session.personal() == null) {
            return;
        }
        updating = true;
        try {
            choice.removeAllItems();
            choice.addItem(
                    Messages.format("switcher.personal", name(session.personal().path())));
            choice.addItem(Messages.format("switcher.team", name(team.vault().path())));
            choice.setSelectedIndex(session.teamShown.get() ? 1 : 0);
        } finally {
            updating = false;
        }
        if (MemberAcceptance.unaccepted(session).none()) {
            shared.setText(Messages.format(
                    "switcher.shared", team.vault().document().members.size()));
            shared.setToolTipText(Messages.format("switcher.sharedTooltip", team.self().name));
            shared.setForeground(UIManager.getColor("Label.foreground"));
        } else {
            shared.setText(Messages.text("switcher.unaccepted"));
            shared.setToolTipText(Messages.text("switcher.unacceptedTooltip"));
            shared.setForeground(UIManager.getColor("p1vault.warningForeground"));
        }
        shared.setVisible(session.teamShown.get());
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
