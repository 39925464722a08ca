package io.p1vault.ui.base;

import com.formdev.flatlaf.ui.FlatUIUtils;

import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;

/**
 * A text area that shows a hint while it is empty. FlatLaf paints placeholders only in text fields,
 * combo boxes and spinners (its {@code JTextField.placeholderText}); a text area ignores the property.
 */
public final class HintTextArea extends JTextArea {
    private final String hint;

    public HintTextArea(int rows, int columns, String hint) {
        super(rows, columns);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (getDocument().getLength() > 0 || hint.isEmpty()) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            Color color = UIManager.getColor("TextField.placeholderForeground");
            g2.setColor(color != null ? color : getDisabledTextColor());
            g2.setFont(getFont());
            Insets insets = getInsets();
            FlatUIUtils.drawString(
                    this,
                    g2,
                    hint,
                    insets.left,
                    insets.top + g2.getFontMetrics().getAscent());
        } finally {
            g2.dispose();
        }
    }
}
