package io.p1vault.ui.base;

import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultCellEditor;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The column where a user settles each conflict of a table (keep mine, take theirs, keep both),
 * and the row of "for all conflicts" buttons beside it: the import preview and the save
 * conflicts share them. A row that takes a choice and has none yet shows a prompt in the warning
 * colour, so what is left to decide stands out.
 *
 * @param <E> the choices
 */
public final class ChoiceColumn<E> {
    private final List<E> choices;
    private final Function<E, String> text;

    /** {@code text} names a choice for the user. */
    public ChoiceColumn(List<E> choices, Function<E, String> text) {
        this.choices = List.copyOf(choices);
        this.text = text;
    }

    /**
     * Makes {@code column} of {@code table} show and edit the choices; {@code takesChoice} says
     * which rows (by model index) a choice applies to. The table model decides what is editable.
     */
    public void install(JTable table, int column, IntPredicate takesChoice) {
        DefaultComboBoxModel<E> values = new DefaultComboBoxModel<>();
        choices.forEach(values::addElement);
        JComboBox<E> editor = new JComboBox<>(values);
        editor.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, name(value), index, selected, focus);
            }
        });
        table.setRowHeight(Math.max(table.getRowHeight(), editor.getPreferredSize().height));
        TableColumn choice = table.getColumnModel().getColumn(column);
        choice.setCellEditor(new DefaultCellEditor(editor));
        choice.setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(
                    JTable t, Object value, boolean selected, boolean focus, int row, int viewColumn) {
                boolean undecided = value == null && takesChoice.test(t.convertRowIndexToModel(row));
                // This renderer keeps a foreground once set: start from the table's for every cell.
                setForeground(null);
                super.getTableCellRendererComponent(
                        t,
                        undecided ? Messages.text("conflict.undecided") : name(value),
                        selected,
                        focus,
                        row,
                        viewColumn);
                if (undecided && !selected) {
                    setForeground(UIManager.getColor("p1vault.warningForeground"));
                }
                return this;
            }
        });
    }

    /**
     * A row of buttons, one per choice, each giving that choice to every conflict; button names
     * are {@code namePrefix} plus {@code nameOf} the choice. Callers may add to the row's end.
     */
    public JPanel forAllButtons(String namePrefix, Function<E, String> nameOf, Consumer<E> chooseForAll) {
        JPanel row = new JPanel(new MigLayout("insets 0, fillx", "[]rel[]rel[]rel[]push[]", "[]"));
        String label = Messages.text("conflict.forAll");
        row.add(new JLabel(label));
        for (E choice : choices) {
            JButton all = Components.named(
                    new JButton(text.apply(choice)),
                    namePrefix + nameOf.apply(choice),
                    label + " " + text.apply(choice));
            all.addActionListener(e -> chooseForAll.accept(choice));
            row.add(all);
        }
        return row;
    }

    private String name(Object value) {
        return choices.stream()
                .filter(c -> c.equals(value))
                .findFirst()
                .map(text)
                .orElse("");
    }
}
