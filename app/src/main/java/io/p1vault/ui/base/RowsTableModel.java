package io.p1vault.ui.base;

import io.p1vault.ui.Messages;

import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.function.BiFunction;

/** A read-only table of rows a presenter lists: column titles from the bundle, cells from a function. */
public final class RowsTableModel<R> extends AbstractTableModel {
    private final List<String> columnKeys;
    private final BiFunction<R, Integer, Object> cell;
    private List<R> rows = List.of();

    /** {@code cell} gives the value of a row's column; a Boolean column shows a check box. */
    public RowsTableModel(List<String> columnKeys, BiFunction<R, Integer, Object> cell) {
        this.columnKeys = List.copyOf(columnKeys);
        this.cell = cell;
    }

    public void show(List<R> shown) {
        rows = shown;
        fireTableDataChanged();
    }

    public List<R> rows() {
        return rows;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columnKeys.size();
    }

    @Override
    public String getColumnName(int column) {
        return Messages.text(columnKeys.get(column));
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return rows.isEmpty() || getValueAt(0, column) == null ? Object.class : getValueAt(0, column).getClass();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return cell.apply(rows.get(row), column);
    }
}
