package io.p1vault.ui.base;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/** Runs code on every change of a text component's content; binds one to a text property. */
public final class Documents {
    private Documents() {}

    public static void onChange(JTextComponent component, Runnable changed) {
        component.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed.run();
            }
        });
    }

    /** Two-way: typing sets the property; a change of the property (a form reset, a fill) replaces the text. */
    public static void bind(JTextComponent field, Property<String> value) {
        boolean[] replacing = {false};
        value.bind(v -> {
            if (!java.util.Objects.equals(field.getText(), v)) {
                replacing[0] = true;
                field.setText(v);
                field.setCaretPosition(0);
                replacing[0] = false;
            }
        });
        onChange(field, () -> {
            if (!replacing[0]) {
                value.set(field.getText());
            }
        });
    }
}
