package io.p1vault.ui.base;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;

/** Text from the bundle whose {@code &} marks the mnemonic, for buttons and field labels. */
public final class Mnemonics {
    private Mnemonics() {}

    /** {@code button} with the text of {@code key} and its mnemonic, named {@code name}. */
    public static <B extends AbstractButton> B button(B button, String key, String name) {
        apply(button, Messages.text(key));
        return Components.named(button, name, button.getText());
    }

    /** Sets {@code text} on {@code button}, its {@code &} marking the mnemonic. */
    public static void apply(AbstractButton button, String text) {
        int at = text.indexOf('&');
        button.setText(text.replace("&", ""));
        if (at >= 0) {
            button.setMnemonic(Character.toUpperCase(text.charAt(at + 1)));
            button.setDisplayedMnemonicIndex(at);
        }
    }

    /** A label for {@code field} with the text of {@code key}; Alt and the marked letter focus the field. */
    public static JLabel label(String key, JComponent field) {
        String text = Messages.text(key);
        int at = text.indexOf('&');
        JLabel label = Components.labelFor(text.replace("&", ""), field);
        if (at >= 0) {
            label.setDisplayedMnemonic(Character.toUpperCase(text.charAt(at + 1)));
            label.setDisplayedMnemonicIndex(at);
        }
        return label;
    }
}
