package io.p1vault.ui.exchange;

import io.p1vault.ui.base.ListTableModel;
import io.p1vault.ui.base.Property;

import javax.swing.JTable;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A table of items with a check box first: which items show and which are ticked follow a
 * presenter's properties; ticking tells the presenter.
 */
final class CheckTable<T> extends ListTableModel<T> {
    private final Function<T, List<String>> cells;
    private final BiConsumer<T, Boolean> tick;
    private Set<T> ticked = Set.of();

    /** {@code columns} are resource keys: the check box column's, then one per cell {@code cells} gives. */
    private CheckTable(List<String> columns, Function<T, List<String>> cells, BiConsumer<T, Boolean> tick) {
        super(columns.toArray(String[]::new));
        this.cells = cells;
        this.tick = tick;
    }

    static <T> JTable of(
            String name,
            Property<? extends List<T>> shown,
            Property<? extends Set<T>> checked,
            List<String> columns,
            Function<T, List<String>> cells,
            BiConsumer<T, Boolean> tick) {
        CheckTable<T> model = new CheckTable<>(columns, cells, tick);
        shown.bind(model::show);
        checked.bind(set -> {
            model.ticked = Set.copyOf(set);
            model.fireTableDataChanged();
        });
        JTable table = new JTable(model);
        table.setName(name);
        table.getColumnModel().getColumn(0).setMaxWidth(70);
        table.setFillsViewportHeight(true);
        return table;
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 0 ? Boolean.class : String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == 0;
    }

    @Override
    public Object getValueAt(int row, int column) {
        T item = row(row);
        return column == 0 ? ticked.contains(item) : cells.apply(item).get(column - 1);
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        tick.accept(row(row), Boolean.TRUE.equals(value));
    }
}
