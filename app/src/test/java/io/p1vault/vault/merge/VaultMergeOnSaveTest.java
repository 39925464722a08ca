package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Entry;
import io.p1vault.storage.FileChangedOnDiskException;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A save when another program (a sync tool, a second workstation on a shared folder) saved the vault meanwhile. */
class VaultMergeOnSaveTest {
    private static final char[] PASS = "merge passphrase".toCharArray();

    @TempDir
    Path dir;

    private Path vaultPath() {
        return dir.resolve("team.p1vault");
    }

    @Test
    void changesToDifferentEntriesAreMergedAndSaved() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            new VaultEditor(v).addNewIdentity("shared");
            v.save();
            OtherProgram.saves(vaultPath(), PASS, doc -> renameEntry(doc, "shared", "renamed by them"));
            new VaultEditor(v).addNewIdentity("mine");
            v.save();
            assertThat(v.hasUnsavedChanges()).isFalse();
            assertThat(v.document().entries).extracting(Entry::getName).containsExactly("renamed by them", "mine");
            // The next save starts from the merged version: no false conflict.
            new VaultEditor(v).addNewIdentity("mine too");
            v.save();
        }
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            assertThat(v.document().entries)
                    .extracting(Entry::getName)
                    .containsExactly("renamed by them", "mine", "mine too");
            assertThat(v.document().history).extracting(h -> h.action).contains("merge");
        }
    }

    @Test
    void conflictingChangesSaveNothingUntilResolved() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addNewIdentity("shared");
            v.save();
            OtherProgram.saves(vaultPath(), PASS, doc -> renameEntry(doc, "shared", "their name"));
            byte[] theirs = Files.readAllBytes(vaultPath());
            editor.rename(editor.entries().get(0), "my name");

            MergeConflictsException e = catchThrowableOfType(MergeConflictsException.class, v::save);
            assertThat(e.getMessage()).contains("\"my name\" (field name): changed on both sides");
            assertThat(Files.readAllBytes(vaultPath())).as("nothing written").isEqualTo(theirs);
            assertThat(v.document().entries).extracting(Entry::getName).containsExactly("my name");

            v.saveMerged(e.change(), c -> Resolution.KEEP_BOTH);
            assertThat(v.document().entries)
                    .extracting(Entry::getName)
                    .containsExactly("my name", "their name (theirs)");
        }
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            assertThat(v.document().entries)
                    .extracting(Entry::getName)
                    .containsExactly("my name", "their name (theirs)");
        }
    }

    @Test
    void takingTheirsKeepsTheirValueAndMyOtherChanges() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addNewIdentity("shared");
            v.save();
            OtherProgram.saves(vaultPath(), PASS, doc -> renameEntry(doc, "shared", "their name"));
            editor.rename(editor.entries().get(0), "my name");
            editor.addNewIdentity("also mine");

            MergeConflictsException e = catchThrowableOfType(MergeConflictsException.class, v::save);
            v.saveMerged(e.change(), c -> Resolution.TAKE_THEIRS);
        }
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            assertThat(v.document().entries).extracting(Entry::getName).containsExactly("their name", "also mine");
        }
    }

    @Test
    void aFileWrittenUnderAnotherKeyIsStillRefused() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            v.save();
            try (Vault other = Vault.create(dir.resolve("other.p1vault"), PASS, 10)) {
                other.save();
            }
            Files.copy(dir.resolve("other.p1vault"), vaultPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            new VaultEditor(v).addNewIdentity("mine");

            FileChangedOnDiskException e = catchThrowableOfType(FileChangedOnDiskException.class, v::save);
            assertThat(e).isNotInstanceOf(MergeConflictsException.class);
        }
    }

    static void renameEntry(ObjectNode doc, String from, String to) {
        doc.get("entries").forEach(e -> {
            if (e.get("name").asText().equals(from)) {
                ((ObjectNode) e).put("name", to);
            }
        });
    }
}
