package io.p1vault.ui;

import io.p1vault.model.Entry;
import io.p1vault.ui.main.EntryTree;
import io.p1vault.ui.main.MainPresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JLabel;
import javax.swing.JTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry tree built on the event thread, without a robot: its rows follow the vault's changes. */
@ExtendWith(GuiExtension.class)
class EntryTreeTest {
    @TempDir
    Path dir;

    final FakeDialogs dialogs = new FakeDialogs();
    VaultSession session;
    MainPresenter presenter;

    @BeforeEach
    void open() throws Exception {
        session = new VaultSession(new DirectTasks(), dialogs);
        presenter = new MainPresenter(session, dialogs);
        Vault vault = Vault.create(dir.resolve("v.age"), "pw".toCharArray(), 10);
        new VaultEditor(vault).addServer("alpha", "https://alpha.example.com", "admin", "pw".toCharArray());
        GuiActionRunner.execute(() -> session.opened(vault));
    }

    @AfterEach
    void close() {
        GuiActionRunner.execute(session::lock);
    }

    @Test
    void everyGroupIsExpandedWithItsEntriesUnderIt() throws Exception {
        new VaultEditor(session.vault.get()).addServer("beta", "https://b.example.com", "admin", "pw".toCharArray());
        List<String> rows = GuiActionRunner.execute(() -> {
            EntryTree tree = new EntryTree(presenter);
            session.changed();
            return rowTexts(tree);
        });
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("(2)");
        assertThat(rows.get(1)).startsWith("alpha");
        assertThat(rows.get(2)).startsWith("beta");
    }

    @Test
    void aRenameThatKeepsTheOrderShowsTheNewNameInItsRow() {
        List<String> before = new ArrayList<>();
        List<String> after = GuiActionRunner.execute(() -> {
            EntryTree tree = new EntryTree(presenter);
            before.addAll(rowTexts(tree));
            Entry alpha = presenter.groups.get().get(0).entries().get(0);
            presenter.selected.set(alpha);
            presenter.rename("alpha-renamed");
            return rowTexts(tree);
        });
        assertThat(before).last().asString().startsWith("alpha").doesNotContain("renamed");
        assertThat(after).last().asString().startsWith("alpha-renamed");
    }

    private static List<String> rowTexts(JTree tree) {
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < tree.getRowCount(); row++) {
            Object node = tree.getPathForRow(row).getLastPathComponent();
            JLabel label = (JLabel) tree.getCellRenderer()
                    .getTreeCellRendererComponent(
                            tree, node, false, true, tree.getModel().isLeaf(node), row, false);
            texts.add(label.getText());
        }
        return texts;
    }
}
