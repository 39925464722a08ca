package io.p1vault.ui.exchange;

import io.p1vault.ui.Messages;
import io.p1vault.ui.base.Property;

import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A table of items with a check box first: which items show and which are ticked follow a
 * presenter's properties; ticking tells the presenter.
 */
final class CheckTable<T> extends AbstractTableModel {
    private final String[] columns;
    private final Function<T, List<String>> cells;
    private final BiConsumer<T, Boolean> tick;
    private List<T> rows = List.of();
    private Set<T> ticked = Set.of();

    /** {@code columns} are resource keys: the check box column's, then one per cell {@code cells} gives. */
    private CheckTable(List<String> columns, Function<T, List<String>> cells, BiConsumer<T, Boolean> tick) {
        this.columns = columns.stream().map(Messages::text).toArray(String[]::new);
        this.cells = cells;
        this.tick = tick;
    }

    static <T> JTable of(String name, Property<? extends List<T>> shown, Property<? extends Set<T>> checked,
                         List<String> columns, Function<T, List<String>> cells, BiConsumer<T, Boolean> tick) {
        CheckTable<T> model = new CheckTable<>(columns, cells, tick);
        shown.bind(list -> {
            model.rows = List.copyOf(list);
            model.fireTableDataChanged();
        });
        checked.bind(set -> {
            model.ticked = Set.copyOf(set);
            model.fireTableRowsUpdated(0, Math.max(0, model.rows.size() - 1));
        });
        JTable table = new JTable(model);
        table.setName(name);
        table.getColumnModel().getColumn(0).setMaxWidth(70);
        table.setFillsViewportHeight(true);
        return table;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
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
        T item = rows.get(row);
        return column == 0 ? ticked.contains(item) : cells.apply(item).get(column - 1);
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        tick.accept(rows.get(row), Boolean.TRUE.equals(value));
    }
}
