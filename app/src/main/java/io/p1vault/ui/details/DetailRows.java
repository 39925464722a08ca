package io.p1vault.ui.details;

import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Icons;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.Font;
import java.util.List;
import java.util.function.Supplier;

/**
 * Labelled read-only rows of {@link EntryDetails}: values are selectable text (identifiers in a
 * monospaced font), warnings stand out. Secret rows are drawn by the component {@code secretView} gives.
 */
public final class DetailRows extends JPanel {
    private final String name;
    private Supplier<JComponent> secretView = () -> new JLabel("••••••••");
    private Runnable copy = () -> {};

    public DetailRows(String name) {
        super(new MigLayout("insets 0, wrap 2, fillx, gapy 6", "[right, 130::]para[grow,fill]", ""));
        this.name = name;
        setName(name);
        setOpaque(false);
    }

    public void secretView(Supplier<JComponent> view) {
        this.secretView = view;
    }

    /** What the copy button of a copyable row does. */
    public void onCopy(Runnable copy) {
        this.copy = copy;
    }

    public void show(List<EntryDetails.Row> rows) {
        removeAll();
        for (EntryDetails.Row row : rows) {
            JLabel label = new JLabel(row.label() + ":");
            label.setForeground(UIManager.getColor("Label.disabledForeground"));
            add(label, "top");
            JComponent value = value(row);
            label.setLabelFor(value);
            value.getAccessibleContext().setAccessibleName(row.label());
            add(value, "wmin 0");
        }
        revalidate();
        repaint();
    }

    /**
     * A read-only value that reads like a label but can be selected and copied, wraps when long,
     * and keeps that look after a theme switch (which reinstalls borders and fonts).
     */
    private static final class ValueText extends JTextArea {
        private final boolean code;

        ValueText(String text, boolean code) {
            super(text);
            this.code = code;
            setEditable(false);
            setLineWrap(true);
            setWrapStyleWord(!code);
            updateUI();
        }

        @Override
        public void updateUI() {
            super.updateUI();
            setOpaque(false);
            setBorder(null);
            setMargin(new java.awt.Insets(0, 0, 0, 0));
            Font base = UIManager.getFont("Label.font");
            setFont(code ? new Font(Font.MONOSPACED, Font.PLAIN, base.getSize()) : base);
        }
    }

    private ValueText valueText(EntryDetails.Row row) {
        ValueText text = new ValueText(row.value(), row.style() != EntryDetails.Style.TEXT);
        text.setName(name + "." + row.label());
        return text;
    }

    private JComponent value(EntryDetails.Row row) {
        return switch (row.style()) {
            case SECRET -> secretView.get();
            case WARNING, NOTE -> {
                MessageLabel label = new MessageLabel(
                        name + ".warning",
                        row.style() == EntryDetails.Style.WARNING
                                ? MessageLabel.Style.WARNING
                                : MessageLabel.Style.NOTE);
                label.show(row.value());
                if (row.style() == EntryDetails.Style.WARNING) {
                    label.setIcon(Icons.get("warning"));
                }
                yield label;
            }
            case TEXT, CODE -> valueText(row);
            case COPYABLE_CODE -> {
                JPanel line = new JPanel(new MigLayout("insets 0, gap 4", "[grow,fill][]", "[]"));
                line.setOpaque(false);
                line.add(valueText(row), "wmin 0");
                JButton button = Components.named(
                        new JButton(Icons.get("copy")), name + ".copy." + row.label(), Messages.text("recipient.copy"));
                button.setToolTipText(Messages.text("recipient.copy"));
                button.addActionListener(e -> copy.run());
                line.add(button, "top");
                yield line;
            }
        };
    }
}
