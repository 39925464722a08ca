package io.p1vault.ui.main;

import com.formdev.flatlaf.FlatClientProperties;
import io.p1vault.model.Entry;
import io.p1vault.model.Secret;
import io.p1vault.ui.base.AppAction;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Icons;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.details.DetailRows;
import io.p1vault.ui.details.EntryDetails;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JSeparator;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The selected entry: its name and kind, then its fields by section. The secret stays masked
 * until the reveal button is pressed (and is masked again when another entry is selected);
 * the copy button hands it to the clipboard guard.
 */
public final class DetailPanel extends JPanel {
    private final Consumer<Entry> copySecret;
    private final Consumer<Entry> copyPublic;
    private final Function<Entry, List<AppAction>> actions;
    private JPasswordField secretField;
    private char echoChar;

    public DetailPanel(Consumer<Entry> copySecret, Consumer<Entry> copyPublic) {
        this(copySecret, copyPublic, entry -> List.of());
    }

    /**
     * {@code copyPublic} copies a value that is not secret (an identity's recipient); {@code actions}
     * are what the panel offers as buttons under an entry's name (push, test…).
     */
    public DetailPanel(
            Consumer<Entry> copySecret, Consumer<Entry> copyPublic, Function<Entry, List<AppAction>> actions) {
        super(new MigLayout("insets 16 20 16 20, wrap 1, fillx", "[grow,fill]", "[]"));
        this.copySecret = copySecret;
        this.copyPublic = copyPublic;
        this.actions = actions;
        setName("detail");
        show(null);
    }

    public void show(Entry entry) {
        removeAll();
        wipeShownSecret();
        if (entry == null) {
            JLabel none = new JLabel(Messages.text("details.none"), SwingConstants.CENTER);
            none.setName("detail.none");
            none.setForeground(UIManager.getColor("Label.disabledForeground"));
            add(none, "gaptop 40, growx");
        } else {
            JPanel header = new JPanel(new MigLayout("insets 0", "[]para[grow]", "[]0[]"));
            header.setOpaque(false);
            header.add(new JLabel(Icons.get(EntryTree.iconOf(entry), 32)), "spany 2");
            JLabel name = Components.heading(entry.getName(), 1.35f);
            name.setName("detail.name");
            header.add(name, "wrap");
            JLabel kind = new JLabel(
                    entry.knownKind() == null
                            ? entry.getKind()
                            : Messages.text("kind." + entry.knownKind().id() + ".one"));
            kind.setForeground(UIManager.getColor("Label.disabledForeground"));
            header.add(kind);
            add(header, "gapbottom para");
            List<AppAction> offered = actions.apply(entry);
            if (!offered.isEmpty()) {
                JPanel buttons = new JPanel(new MigLayout("insets 0", "", "[]"));
                buttons.setOpaque(false);
                for (AppAction action : offered) {
                    JButton button = new JButton(action);
                    button.setName("detail.action." + action.key());
                    buttons.add(button);
                }
                add(buttons, "gapbottom para");
            }
            for (EntryDetails.Section section : EntryDetails.of(entry)) {
                if (section.title() != null) {
                    add(Components.heading(section.title(), 1.0f), "split 2, gaptop para, growx 0");
                    add(new JSeparator(), "growx, gaptop para");
                }
                DetailRows rows = new DetailRows("detail.rows");
                rows.secretView(() -> secretRow(entry));
                rows.onCopy(() -> copyPublic.accept(entry));
                rows.show(section.rows());
                add(rows);
            }
        }
        revalidate();
        repaint();
    }

    private JComponent secretRow(Entry entry) {
        JPanel row = new JPanel(new MigLayout("insets 0, gap 4", "[300!][][]push", "[]"));
        row.setOpaque(false);
        secretField = Components.named(
                new JPasswordField(Messages.text("details.mask")), "detail.secret", Messages.text("details.secret"));
        secretField.setEditable(false);
        echoChar = secretField.getEchoChar();
        secretField.putClientProperty(FlatClientProperties.STYLE, "border: 0,0,0,0; background: null");
        secretField.setOpaque(false);
        JToggleButton reveal =
                Components.named(new JToggleButton(Icons.get("eye")), "detail.reveal", Messages.text("details.reveal"));
        reveal.setToolTipText(Messages.text("details.reveal"));
        reveal.addActionListener(e -> reveal(entry.secret(), reveal.isSelected()));
        JButton copy = Components.named(new JButton(Icons.get("copy")), "detail.copy", Messages.text("details.copy"));
        copy.setToolTipText(Messages.text("details.copy"));
        copy.addActionListener(e -> copySecret.accept(entry));
        boolean present = entry.secret() != null && !entry.secret().isDestroyed();
        reveal.setEnabled(present);
        copy.setEnabled(present);
        row.add(secretField, "growx");
        row.add(reveal);
        row.add(copy);
        return row;
    }

    private void reveal(Secret secret, boolean shown) {
        if (shown) {
            char[] value = secret.reveal();
            try {
                // Swing's text model holds Strings; the text lives only while revealed.
                secretField.setText(new String(value));
            } finally {
                Arrays.fill(value, '\0');
            }
            secretField.setEchoChar((char) 0);
        } else {
            secretField.setText(Messages.text("details.mask"));
            secretField.setEchoChar(echoChar);
        }
    }

    private void wipeShownSecret() {
        if (secretField != null) {
            secretField.setText("");
            secretField = null;
        }
    }
}
