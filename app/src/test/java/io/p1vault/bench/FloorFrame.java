package io.p1vault.bench;

import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The floor of the desktop start-up benchmark: the least a FlatLaf application shows (a frame with
 * a menu bar, a tree and a table), started the way the launcher starts p1vault, so what p1vault
 * spends above it is its own. Its window is named {@value #TITLE}.
 */
public final class FloorFrame {
    static final String TITLE = "floor frame";

    private FloorFrame() {}

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame(TITLE);
            JMenuBar bar = new JMenuBar();
            JMenu file = new JMenu("File");
            file.add(new JMenuItem("Open…"));
            bar.add(file);
            frame.setJMenuBar(bar);
            JTable table = new JTable(
                    new Object[][] {{"one", "1"}, {"two", "2"}, {"three", "3"}}, new Object[] {"Name", "Value"});
            frame.add(
                    new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(new JTree()), new JScrollPane(table)));
            frame.setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            frame.setSize(900, 600);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
