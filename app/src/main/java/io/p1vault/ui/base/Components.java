package io.p1vault.ui.base;

import javax.swing.JComponent;
import javax.swing.JLabel;
import java.awt.Font;

/** Small helpers the views share for naming and headings. */
public final class Components {
    private Components() {
    }

    /** A stable name for tests and an accessible name for screen readers. */
    public static <C extends JComponent> C named(C component, String name, String accessibleName) {
        component.setName(name);
        component.getAccessibleContext().setAccessibleName(accessibleName);
        return component;
    }

    /** A label for {@code field}, which also becomes the field's accessible name. */
    public static JLabel labelFor(String text, JComponent field) {
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        field.getAccessibleContext().setAccessibleName(text.replaceAll(":$", ""));
        return label;
    }

    public static JLabel heading(String text, float scale) {
        JLabel label = new JLabel(text);
        label.setFont(label.getFont().deriveFont(Font.BOLD, label.getFont().getSize2D() * scale));
        return label;
    }
}
