package io.p1vault.ui.session;

import io.p1vault.model.Entry;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A desktop save that meets a conflicting change saved meanwhile by someone else, without a window. */
class SaveConflictsTest {
    private static final char[] PASS = "conflicts passphrase".toCharArray();

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    final FakeDialogs dialogs = new FakeDialogs();
    final VaultSession session = new VaultSession(new DirectTasks(), dialogs);
    final List<String> outcomes = new ArrayList<>();
    Path file;
    byte[] theirs;

    @BeforeEach
    void bothSidesRenameTheSameEntry() throws Exception {
        file = dir.resolve("shared.p1vault");
        try (Vault v = Vault.create(file, PASS, 10)) {
            new VaultEditor(v).addNewIdentity("shared");
            v.save();
        }
        session.opened(Vault.open(file, PASS));
        // Someone else (another workstation on a shared folder) renames it and saves first.
        Path copy = dir.resolve("elsewhere.p1vault");
        Files.copy(file, copy);
        try (Vault other = Vault.open(copy, PASS)) {
            VaultEditor editor = new VaultEditor(other);
            editor.rename(editor.entries().get(0), "their name");
            other.save();
        }
        Files.copy(copy, file, StandardCopyOption.REPLACE_EXISTING);
        theirs = Files.readAllBytes(file);
        VaultEditor mine = session.editor();
        mine.rename(mine.entries().get(0), "my name");
        session.changed();
    }

    @AfterEach
    void lock() {
        session.lock();
    }

    private void save() {
        session.save(() -> outcomes.add("saved"), () -> outcomes.add("not saved"));
    }

    private List<String> namesOnDisk() throws Exception {
        session.lock();
        try (Vault v = Vault.open(file, PASS)) {
            return v.document().entries.stream().map(Entry::getName).toList();
        }
    }

    @ParameterizedTest(name = "{0} saves {1}")
    @CsvSource(
            delimiter = '|',
            value = {"KEEP_MINE   | my name", "TAKE_THEIRS | their name", "KEEP_BOTH   | my name, their name (theirs)"})
    void theChoiceForTheConflictIsWhatTheMergedSaveKeeps(Resolution choice, String expected) throws Exception {
        dialogs.conflictAnswer = choice;
        save();

        assertThat(dialogs.conflictQuestions).hasSize(1);
        MergeConflict asked = dialogs.conflictQuestions.get(0).get(0);
        assertThat(asked.field()).isEqualTo("name");
        assertThat(asked.kind()).isEqualTo(MergeConflict.Kind.BOTH_CHANGED);
        assertThat(outcomes).containsExactly("saved");
        assertThat(dialogs.errors).isEmpty();
        assertThat(session.dirty.get()).isFalse();
        assertThat(session.busy.get()).as("the hold is released").isFalse();
        assertThat(namesOnDisk()).containsExactly(expected.split(", "));
    }

    @Test
    void cancellingSavesNothingAndLeavesTheChangesUnsavedToRetry() throws Exception {
        save();

        assertThat(dialogs.conflictQuestions).hasSize(1);
        assertThat(outcomes).containsExactly("not saved");
        assertThat(dialogs.errors).as("a cancel is no failure").isEmpty();
        assertThat(Files.readAllBytes(file)).as("the file is untouched").isEqualTo(theirs);
        assertThat(session.dirty.get()).isTrue();
        assertThat(session.canSave.get()).isTrue();
        assertThat(session.editor().entries()).extracting(Entry::getName).containsExactly("my name");

        dialogs.conflictAnswer = Resolution.TAKE_THEIRS;
        save();
        assertThat(outcomes).containsExactly("not saved", "saved");
        assertThat(namesOnDisk()).containsExactly("their name");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Resolution.class)
    void theConflictsFormStartsAtKeepMineAndAnswersOnlyOnceAccepted(Resolution forAll) {
        ConflictsPresenter form = new ConflictsPresenter(List.of(
                new MergeConflict(null, "gw\u0007", "secret", MergeConflict.Kind.BOTH_CHANGED),
                new MergeConflict(null, "pf", null, MergeConflict.Kind.EDIT_DELETE)));
        assertThat(form.rows.get()).extracting(ConflictsPresenter.Row::choice).containsOnly(Resolution.KEEP_MINE);
        assertThat(form.rows.get().get(0).entry()).doesNotContain("\u0007");
        assertThat(form.rows.get().get(1).field()).isEqualTo("whole entry");

        form.chooseForAll(forAll);
        form.choose(1, Resolution.TAKE_THEIRS);
        assertThat(form.answer()).as("not accepted yet").isEmpty();
        form.accept();
        assertThat(form.answer().orElseThrow().values()).containsExactly(forAll, Resolution.TAKE_THEIRS);
    }
}
