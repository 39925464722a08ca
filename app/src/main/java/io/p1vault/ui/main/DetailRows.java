package io.p1vault.ui.main;

import io.p1vault.ui.Icons;
import io.p1vault.ui.base.MessageLabel;
import net.miginfocom.swing.MigLayout;

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

    public DetailRows(String name) {
        super(new MigLayout("insets 0, wrap 2, fillx, gapy 6", "[right, 130::]para[grow,fill]", ""));
        this.name = name;
        setName(name);
        setOpaque(false);
    }

    public void secretView(Supplier<JComponent> view) {
        this.secretView = view;
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

    private JComponent value(EntryDetails.Row row) {
        return switch (row.style()) {
            case SECRET -> secretView.get();
            case WARNING, NOTE -> {
                MessageLabel label = new MessageLabel(name + ".warning",
                        row.style() == EntryDetails.Style.WARNING ? MessageLabel.Style.WARNING : MessageLabel.Style.NOTE);
                label.show(row.value());
                if (row.style() == EntryDetails.Style.WARNING) {
                    label.setIcon(Icons.get("warning"));
                }
                yield label;
            }
            case TEXT, CODE -> {
                ValueText text = new ValueText(row.value(), row.style() == EntryDetails.Style.CODE);
                text.setName(name + "." + row.label());
                yield text;
            }
        };
    }
}
