package io.p1vault.ui.base;

import javax.swing.table.AbstractTableModel;
import java.util.Arrays;
import java.util.List;

/** A table showing a list of items, one a row, under column names from the resource bundle. */
public abstract class ListTableModel<T> extends AbstractTableModel {
    private final String[] columns;
    private List<T> rows = List.of();

    protected ListTableModel(String... columnKeys) {
        columns = Arrays.stream(columnKeys).map(Messages::text).toArray(String[]::new);
    }

    /** Shows {@code items} instead of the rows shown so far. */
    public void show(List<? extends T> items) {
        rows = List.copyOf(items);
        fireTableDataChanged();
    }

    public T row(int index) {
        return rows.get(index);
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
}
