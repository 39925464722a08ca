package io.p1vault.ui.base;

import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;

/**
 * One user action: text with its mnemonic, icon, shortcut and tooltip, all from the resource
 * bundle under {@code action.<key>.*}, and an enabled state that follows what it depends on.
 * Text marks the mnemonic with {@code &}; a shortcut is written as for {@link KeyStroke} with
 * {@code menu} for the platform's menu key (Ctrl, or Command on macOS). What it does is a
 * command given as a row of the action table ({@code ActionSet}), not a subclass.
 */
public final class AppAction extends AbstractAction {
    private final String key;
    private final Runnable command;

    public AppAction(String key, Runnable command) {
        this.key = key;
        this.command = command;
        String prefix = "action." + key;
        String text = Messages.text(prefix + ".text");
        int mnemonic = text.indexOf('&');
        String name = text.replace("&", "");
        putValue(NAME, name);
        putValue(ACTION_COMMAND_KEY, key);
        if (mnemonic >= 0) {
            putValue(MNEMONIC_KEY, (int) Character.toUpperCase(text.charAt(mnemonic + 1)));
            putValue(DISPLAYED_MNEMONIC_INDEX_KEY, mnemonic);
        }
        if (Messages.has(prefix + ".accelerator")) {
            putValue(ACCELERATOR_KEY, keyStroke(Messages.text(prefix + ".accelerator")));
        }
        if (Messages.has(prefix + ".icon")) {
            putValue(SMALL_ICON, Icons.get(Messages.text(prefix + ".icon")));
        }
        putValue(SHORT_DESCRIPTION, Messages.has(prefix + ".tooltip") ? Messages.text(prefix + ".tooltip") : name);
    }

    /** The bundle key, also the action command and the name of the components showing it. */
    public String key() {
        return key;
    }

    public String text() {
        return (String) getValue(NAME);
    }

    /** Keeps the enabled state equal to {@code condition}, for the action's life (the application's). */
    public AppAction enabledWhen(Property<Boolean> condition) {
        condition.bind(this::setEnabled);
        return this;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (isEnabled()) {
            command.run();
        }
    }

    static KeyStroke keyStroke(String spec) {
        int menuMask = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        String menu = menuMask == InputEvent.META_DOWN_MASK ? "meta" : "ctrl";
        KeyStroke stroke = KeyStroke.getKeyStroke(spec.replace("menu", menu));
        if (stroke == null) {
            throw new IllegalArgumentException("bad shortcut in the resource bundle: " + spec);
        }
        return stroke;
    }
}
