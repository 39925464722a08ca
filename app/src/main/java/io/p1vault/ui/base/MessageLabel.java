package io.p1vault.ui.base;

import javax.swing.JLabel;
import javax.swing.UIManager;

/**
 * A one-or-more-line message under a field, shown while its property holds text: an error (in
 * the theme's error colour) or a note. Follows theme switches.
 */
public final class MessageLabel extends JLabel {
    public enum Style {
        ERROR,
        WARNING,
        NOTE
    }

    private final Style style;

    public MessageLabel(String name, Style style) {
        this.style = style;
        HtmlGuard.ownHtml(this);
        setName(name);
        setVisible(false);
        updateUI();
    }

    /** Shows the property's text while it is not null. */
    public MessageLabel follow(Property<String> text) {
        text.bind(this::show);
        return this;
    }

    public void show(String text) {
        // HTML so long messages wrap inside the width the layout gives.
        setText(text == null ? "" : "<html>" + HtmlGuard.escape(text) + "</html>");
        getAccessibleContext().setAccessibleName(text);
        setVisible(text != null);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (style != null) {
            setForeground(UIManager.getColor(
                    switch (style) {
                        case ERROR -> "p1vault.errorForeground";
                        case WARNING -> "p1vault.warningForeground";
                        case NOTE -> "Label.disabledForeground";
                    }));
        }
    }
}
