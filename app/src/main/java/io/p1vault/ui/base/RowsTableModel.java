package io.p1vault.ui.base;

import java.util.List;
import java.util.function.BiFunction;

/** A read-only {@link ListTableModel} whose cells come from a function of the row and the column. */
public final class RowsTableModel<R> extends ListTableModel<R> {
    private final BiFunction<R, Integer, Object> cell;

    /** {@code cell} gives the value of a row's column; a Boolean column shows a check box. */
    public RowsTableModel(List<String> columnKeys, BiFunction<R, Integer, Object> cell) {
        super(columnKeys.toArray(String[]::new));
        this.cell = cell;
    }

    /** The index of {@code item} among the rows (by identity or equality), or -1. */
    public int indexOf(R item) {
        for (int i = 0; i < getRowCount(); i++) {
            if (row(i).equals(item)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return getRowCount() == 0 || getValueAt(0, column) == null
                ? Object.class
                : getValueAt(0, column).getClass();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return cell.apply(row(row), column);
    }
}
