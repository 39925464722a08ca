package io.p1vault.ui.main;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.VisibleText;
import io.p1vault.ui.base.Icons;
import io.p1vault.ui.base.Messages;

import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;
import java.awt.Component;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The entries grouped by kind, each group with its icon and count; follows {@link MainPresenter}. */
public final class EntryTree extends JTree {
    private final DefaultMutableTreeNode root = new DefaultMutableTreeNode();
    /**
     * Each entry's row text, made once per change of the vault: the tree asks for a row's text to
     * measure it and again to paint it, and repaints the rows shown often (the window's first
     * showing paints them three times), while checking an entry's rules costs far more than painting it.
     */
    private final Map<Entry, String> rowTexts = new IdentityHashMap<>();

    private boolean updating;

    public EntryTree(MainPresenter presenter) {
        setName("entries");
        getAccessibleContext().setAccessibleName(Messages.text("entries.accessible"));
        setModel(new DefaultTreeModel(root));
        setRootVisible(false);
        setShowsRootHandles(true);
        getSelectionModel().setSelectionMode(TreeSelectionModel.SINGLE_TREE_SELECTION);
        setCellRenderer(new Renderer());
        presenter.session().revision.addListener(r -> rowTexts.clear());
        presenter.groups.bind(this::show);
        addTreeSelectionListener(e -> {
            if (!updating) {
                presenter.selected.set(selectedEntry());
            }
        });
        presenter.selected.addListener(this::select);
    }

    /**
     * Every row is one line of text beside a small icon, so all rows are as tall as a sample one:
     * a fixed height (and the large-model layout it allows) lets the tree measure only the rows it
     * shows. Otherwise opening a vault of 10,000 entries rendered, and checked, every entry first.
     */
    @Override
    public void updateUI() {
        super.updateUI();
        DefaultTreeCellRenderer sample = new DefaultTreeCellRenderer();
        sample.setFont(getFont().deriveFont(java.awt.Font.BOLD));
        sample.setIcon(Icons.get(iconOf(EntryKind.GATEWAY_CREDENTIAL)));
        sample.setText("Wg");
        setRowHeight(sample.getPreferredSize().height);
        setLargeModel(true);
    }

    static String iconOf(Entry entry) {
        return entry.knownKind() == null ? "unknown" : iconOf(entry.knownKind());
    }

    static String iconOf(EntryKind kind) {
        return switch (kind) {
            case GATEWAY_CREDENTIAL -> "credential";
            case PINGONE_APPLICATION -> "application";
            case PINGFEDERATE_SERVER -> "server";
            case AGE_IDENTITY -> "identity";
            case CLIENT_CREDENTIALS -> "key";
        };
    }

    private void show(List<MainPresenter.Group> groups) {
        updating = true;
        try {
            Entry selected = selectedEntry();
            root.removeAllChildren();
            for (MainPresenter.Group g : groups) {
                DefaultMutableTreeNode node = new DefaultMutableTreeNode(g);
                g.entries().forEach(e -> node.add(new DefaultMutableTreeNode(e, false)));
                root.add(node);
            }
            ((DefaultTreeModel) getModel()).reload();
            // Only the groups expand: entries are leaves, and asking each of 10,000 rows to expand is 10,000 row
            // look-ups for nothing.
            for (int i = 0; i < root.getChildCount(); i++) {
                expandPath(new TreePath(((DefaultMutableTreeNode) root.getChildAt(i)).getPath()));
            }
            select(selected);
        } finally {
            updating = false;
        }
    }

    private void select(Entry entry) {
        if (entry == null) {
            clearSelection();
            return;
        }
        for (int i = 0; i < root.getChildCount(); i++) {
            DefaultMutableTreeNode group = (DefaultMutableTreeNode) root.getChildAt(i);
            for (int j = 0; j < group.getChildCount(); j++) {
                DefaultMutableTreeNode leaf = (DefaultMutableTreeNode) group.getChildAt(j);
                if (leaf.getUserObject() == entry) {
                    TreePath path = new TreePath(leaf.getPath());
                    setSelectionPath(path);
                    scrollPathToVisible(path);
                    return;
                }
            }
        }
    }

    public Entry selectedEntry() {
        TreePath path = getSelectionPath();
        return path != null && ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject() instanceof Entry e
                ? e
                : null;
    }

    private String rowText(Entry e) {
        return rowTexts.computeIfAbsent(e, entry -> {
            String text = VisibleText.shortened(entry.getName(), EntryRules.MAX_NAME);
            if (!EntryRules.check(entry).isEmpty()) {
                text += "  " + Messages.text("entries.problemTag");
            }
            if (entry instanceof GatewayCredentialEntry c && c.getDeployments().isEmpty()) {
                text += "  " + Messages.text("entries.unusedTag");
            }
            return text;
        });
    }

    private final class Renderer extends DefaultTreeCellRenderer {
        @Override
        public Component getTreeCellRendererComponent(
                JTree tree, Object value, boolean selected, boolean expanded, boolean leaf, int row, boolean focus) {
            Object item = ((DefaultMutableTreeNode) value).getUserObject();
            String text = "";
            String icon = null;
            if (item instanceof MainPresenter.Group g) {
                text = g.title() + "  (" + g.entries().size() + ")";
                icon = g.kind() == null ? "unknown" : iconOf(g.kind());
            } else if (item instanceof Entry e) {
                text = rowText(e);
            }
            super.getTreeCellRendererComponent(tree, text, selected, expanded, leaf, row, focus);
            setIcon(icon == null ? null : Icons.get(icon));
            if (item instanceof MainPresenter.Group) {
                setFont(tree.getFont().deriveFont(java.awt.Font.BOLD));
            } else {
                setFont(tree.getFont());
            }
            return this;
        }
    }
}
