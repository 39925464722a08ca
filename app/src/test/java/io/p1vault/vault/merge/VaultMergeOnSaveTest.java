package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Entry;
import io.p1vault.model.Secret;
import io.p1vault.model.SecretsMade;
import io.p1vault.storage.FileChangedOnDiskException;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    void aFileSavedMeanwhileByANewerP1vaultIsRefusedAndWhatWasReadOfItWiped() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            new VaultEditor(v).addServer("pf", "https://pf.example.com:9999", "admin", "pf-password".toCharArray());
            v.save();
            OtherProgram.saves(vaultPath(), PASS, doc -> doc.put("version", 99));
            new VaultEditor(v).addNewIdentity("mine");

            try (SecretsMade made = SecretsMade.onThisThread()) {
                assertThatThrownBy(v::save).isInstanceOf(FileChangedOnDiskException.class);

                assertThat(made.made()).hasSize(1).allMatch(Secret::isDestroyed);
            }
        }
    }

    @Test
    void aMergeThatCannotBeSavedIsUndoneAndTheEntriesItMadeAreWiped() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            new VaultEditor(v).addServer("pf", "https://pf.example.com:9999", "admin", "pf-password".toCharArray());
            v.save();
            OtherProgram.saves(vaultPath(), PASS, doc -> renameEntry(doc, "pf", "renamed by them"));
            new VaultEditor(v).addNewIdentity("mine");
            List<Entry> merged = new ArrayList<>();
            v.requireBeforeSaving(doc -> {
                if (doc.entries.stream().anyMatch(e -> e.getName().equals("renamed by them"))) {
                    merged.addAll(doc.entries);
                    throw new VaultException(VaultException.Reason.INVALID_INPUT, "not this merge");
                }
            });

            assertThatThrownBy(v::save).hasMessage("not this merge");

            assertThat(v.document().entries).extracting(Entry::getName).containsExactly("pf", "mine");
            assertThat(v.document().entries).noneMatch(e -> e.secret().isDestroyed());
            assertThat(merged).hasSize(2).allMatch(e -> e.secret().isDestroyed());
        }
    }

    @Test
    void conflictingChangesSaveNothingUntilResolved() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            byte[] theirs = renamedOnBothSides(v);

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

    @Test
    void aChooserSettlesEachConflictAndTheSaveGoesThrough() throws Exception {
        List<List<MergeConflict>> asked = new ArrayList<>();
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addNewIdentity("first");
            editor.addNewIdentity("second");
            v.save();
            OtherProgram.saves(vaultPath(), PASS, doc -> {
                renameEntry(doc, "first", "their first");
                renameEntry(doc, "second", "their second");
            });
            editor.rename(editor.entries().get(0), "my first");
            editor.rename(editor.entries().get(1), "my second");

            v.save(conflicts -> {
                asked.add(conflicts);
                return Optional.of(List.of(Resolution.TAKE_THEIRS, Resolution.KEEP_MINE));
            });

            assertThat(v.hasUnsavedChanges()).isFalse();
        }
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0))
                .extracting(MergeConflict::describe)
                .containsExactly(
                        "\"my first\" (field name): changed on both sides",
                        "\"my second\" (field name): changed on both sides");
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            assertThat(v.document().entries).extracting(Entry::getName).containsExactly("their first", "my second");
        }
    }

    @Test
    void aChooserThatCancelsLeavesTheFileAsTheOtherProgramWroteIt() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            byte[] theirs = renamedOnBothSides(v);
            v.settleConflictsWith(conflicts -> Optional.empty());

            MergeConflictsException e = catchThrowableOfType(MergeConflictsException.class, v::save);

            assertThat(e.change().outcome().conflicts()).hasSize(1);
            assertThat(Files.readAllBytes(vaultPath())).isEqualTo(theirs);
            assertThat(v.document().entries).extracting(Entry::getName).containsExactly("my name");
            assertThat(v.hasUnsavedChanges()).isTrue();
        }
    }

    @Test
    void aChooserAnsweringForFewerConflictsThanAskedSavesNothing() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            byte[] theirs = renamedOnBothSides(v);

            assertThatThrownBy(() -> v.save(conflicts -> Optional.of(List.of())))
                    .isInstanceOf(MergeConflictsException.class);
            assertThat(Files.readAllBytes(vaultPath())).isEqualTo(theirs);
        }
    }

    @Test
    void membersAndAcceptedMembersChangedOnDiskFollowTheMerge() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            new VaultEditor(v).addNewIdentity("shared");
            v.save();
            OtherProgram.saves(vaultPath(), PASS, doc -> {
                doc.putArray("members").addObject().put("name", "carol").put("recipient", "age1carol");
                doc.putObject("acceptedTeamMembers").putObject("team-1").put("age1carol", "carol");
            });
            new VaultEditor(v).addNewIdentity("mine");

            v.save();

            assertThat(v.document().members).extracting(m -> m.name).containsExactly("carol");
            assertThat(v.document().acceptedTeamMembers).containsEntry("team-1", Map.of("age1carol", "carol"));
        }
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            assertThat(v.document().members).extracting(m -> m.recipient).containsExactly("age1carol");
            assertThat(v.document().acceptedTeamMembers).containsKey("team-1");
            assertThat(v.document().entries).extracting(Entry::getName).containsExactly("shared", "mine");
        }
    }

    /** Names an entry "shared" and saves; the other program renames it "their name", this vault "my name". */
    private byte[] renamedOnBothSides(Vault v) throws Exception {
        VaultEditor editor = new VaultEditor(v);
        editor.addNewIdentity("shared");
        v.save();
        OtherProgram.saves(vaultPath(), PASS, doc -> renameEntry(doc, "shared", "their name"));
        editor.rename(editor.entries().get(0), "my name");
        return Files.readAllBytes(vaultPath());
    }

    static void renameEntry(ObjectNode doc, String from, String to) {
        doc.get("entries").forEach(e -> {
            if (e.get("name").asText().equals(from)) {
                ((ObjectNode) e).put("name", to);
            }
        });
    }
}
