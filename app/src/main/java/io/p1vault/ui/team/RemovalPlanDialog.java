package io.p1vault.ui.team;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Window;

/**
 * What to rotate after a member's removal, oldest first: a Rotate button on each gateway
 * credential (the rotation on the team vault), what to do for every other secret.
 */
public final class RemovalPlanDialog extends BaseDialog {
    public RemovalPlanDialog(Window owner, RemovalPlanPresenter presenter) {
        super(owner, "planDialog", Messages.format("plan.title", presenter.removedMember));
        JPanel content =
                new JPanel(new MigLayout("insets 0, wrap 1, fill, hidemode 3", "[grow,fill]", "[][grow,fill][]"));
        MessageLabel intro = new MessageLabel("plan.intro", MessageLabel.Style.NOTE);
        intro.show(Messages.format("plan.intro", presenter.removedMember, presenter.rows.size()));
        content.add(intro, "wmin 0, w 300:860:1000");

        JPanel grid = new JPanel(
                new MigLayout("insets 4, wrap 5, gapy 6", "[]para[]para[]para[grow,fill]para[grow,fill]", ""));
        grid.setName("plan.rows");
        for (String key : java.util.List.of("plan.kind", "plan.name", "plan.created", "plan.deployedTo", "plan.what")) {
            JLabel header = new JLabel(Messages.text(key));
            header.setFont(header.getFont().deriveFont(Font.BOLD));
            grid.add(header);
        }
        if (presenter.rows.isEmpty()) {
            grid.add(new JLabel(Messages.text("plan.nothing")), "span");
        }
        int index = 0;
        for (RemovalPlanPresenter.Row row : presenter.rows) {
            grid.add(new JLabel(row.kind()), "top");
            grid.add(new JLabel(row.name()), "top");
            grid.add(new JLabel(row.created()), "top");
            grid.add(text(row.deployedTo(), "plan.deployed." + index), "top, wmin 120");
            if (row.rotatable()) {
                JButton rotate = new JButton(Messages.text("plan.rotate"));
                rotate.setName("plan.rotate." + index);
                rotate.getAccessibleContext().setAccessibleName(Messages.format("plan.rotateAccessible", row.name()));
                rotate.addActionListener(e -> presenter.rotate(row));
                grid.add(rotate, "top, left");
            } else {
                grid.add(text(row.replacement(), "plan.what." + index), "top, wmin 200");
            }
            index++;
        }
        JScrollPane scroll = new JScrollPane(grid);
        scroll.setPreferredSize(new Dimension(900, Math.min(480, 90 + 48 * presenter.rows.size())));
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        content.add(scroll);
        content.add(fittingMessage("plan.message", MessageLabel.Style.ERROR, presenter.message), "wmin 0");
        layOut(content, null);
    }

    /** Wrapping, selectable plain text (a command to copy, a list of places). */
    private static JComponent text(String value, String name) {
        JTextArea area = new JTextArea(value);
        area.setName(name);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setColumns(28);
        area.setOpaque(false);
        area.setFont(UIManager.getFont("Label.font"));
        area.setBorder(null);
        return area;
    }
}
