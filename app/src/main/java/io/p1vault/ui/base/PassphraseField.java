package io.p1vault.ui.base;

import com.formdev.flatlaf.FlatClientProperties;

import javax.swing.JPasswordField;
import java.awt.Toolkit;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;

/**
 * A password field with FlatLaf's reveal button and a Caps Lock warning shown in a
 * {@link MessageLabel} while the field has focus and Caps Lock is on.
 */
public final class PassphraseField extends JPasswordField {
    public PassphraseField(String name, int columns) {
        super(columns);
        setName(name);
        putClientProperty(FlatClientProperties.STYLE, "showRevealButton: true");
    }

    /** Shows the Caps Lock warning in {@code label} while it applies. */
    public PassphraseField warnCapsLock(MessageLabel label) {
        Runnable update = () -> label.show(hasFocus() && capsLockOn() ? Messages.text("passphrase.capsLock") : null);
        addKeyListener(new KeyAdapter() {
            @Override
            public void keyReleased(KeyEvent e) {
                update.run();
            }
        });
        addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                update.run();
            }

            @Override
            public void focusLost(FocusEvent e) {
                update.run();
            }
        });
        return this;
    }

    /** Calls {@code typed} with the current passphrase (wiped right after) on every change. */
    public PassphraseField onChange(Consumer<char[]> typed) {
        Documents.onChange(this, () -> {
            char[] value = getPassword();
            try {
                typed.accept(value);
            } finally {
                java.util.Arrays.fill(value, '\0');
            }
        });
        return this;
    }

    private static boolean capsLockOn() {
        try {
            return Toolkit.getDefaultToolkit().getLockingKeyState(KeyEvent.VK_CAPS_LOCK);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
