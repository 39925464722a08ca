package io.p1vault.ui.base;

import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JRadioButton;
import javax.swing.JRootPane;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.VolatileImage;
import java.util.List;
import java.util.function.Function;

/** Small helpers the views share for naming and headings. */
public final class Components {
    private Components() {}

    /** A stable name for tests and an accessible name for screen readers. */
    public static <C extends JComponent> C named(C component, String name, String accessibleName) {
        component.setName(name);
        component.getAccessibleContext().setAccessibleName(accessibleName);
        return component;
    }

    /** A button named {@code key} that shows (and is read out as) that key's text and runs {@code action}. */
    public static JButton button(String key, Runnable action) {
        JButton button = named(new JButton(Messages.text(key)), key, Messages.text(key));
        button.addActionListener(e -> action.run());
        return button;
    }

    /**
     * One radio button per value, named and labelled by the resource key {@code key} gives it,
     * selecting the value in {@code choice} and following it.
     */
    public static <E> List<JRadioButton> radios(Property<E> choice, List<E> values, Function<E, String> key) {
        ButtonGroup group = new ButtonGroup();
        List<JRadioButton> buttons = values.stream()
                .map(value -> {
                    JRadioButton button = named(
                            new JRadioButton(Messages.text(key.apply(value))),
                            key.apply(value),
                            Messages.text(key.apply(value)));
                    button.addActionListener(e -> choice.set(value));
                    group.add(button);
                    return button;
                })
                .toList();
        choice.bind(value -> buttons.get(values.indexOf(value)).setSelected(true));
        return buttons;
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

    /**
     * Paints the content of a window that has its native window but is not shown into an image of
     * the screen's kind, which is then dropped: the painting code (and the classes it needs) has
     * then run before the window first shows. Call on the event thread.
     */
    public static void paintOffScreen(JRootPane root) {
        VolatileImage image =
                root.getGraphicsConfiguration().createCompatibleVolatileImage(root.getWidth(), root.getHeight());
        Graphics2D g = image.createGraphics();
        try {
            root.paint(g);
        } finally {
            g.dispose();
            image.flush();
        }
    }
}
