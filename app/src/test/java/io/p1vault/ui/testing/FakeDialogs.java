package io.p1vault.ui.testing;

import io.p1vault.pingfederate.TrustCheck;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers the application's questions as a test says, and records what it was told. */
public final class FakeDialogs implements Dialogs {
    public final List<Failure> errors = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();
    public boolean confirmAnswer;
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public String textAnswer;
    public final List<String> diffs = new ArrayList<>();
    public boolean previewAnswer;
    public Path runPropertiesAnswer;
    public final List<TrustCheck> certificateQuestions = new ArrayList<>();
    public boolean trustAnswer;
    /** The previews of PingFederate writes shown: title, changes and request, one text each. */
    public final List<String> requestPreviews = new ArrayList<>();

    /** The conflicts asked about, one list per question. */
    public final List<List<MergeConflict>> conflictQuestions = new ArrayList<>();
    /** The choice for every conflict asked about; null answers as a cancel does. */
    public Resolution conflictAnswer;

    public boolean sendAnswer;
    public Path exportFileAnswer;
    public Path importFileAnswer;

    @Override
    public void error(Failure failure) {
        errors.add(failure);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(message);
        return confirmAnswer;
    }

    @Override
    public UnsavedChoice askUnsaved(String vaultName) {
        asked.add("unsaved " + vaultName);
        return unsavedAnswer;
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        asked.add(label);
        return Optional.ofNullable(textAnswer);
    }

    @Override
    public void info(String title, String message) {
        asked.add(message);
    }

    @Override
    public Optional<Path> chooseVaultToOpen(Path folder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseNewVault(Path suggested) {
        return Optional.empty();
    }

    @Override
    public boolean previewDiff(String title, String diff, List<String> warnings) {
        diffs.add(diff);
        return previewAnswer;
    }

    @Override
    public Optional<Path> chooseRunProperties(Path folder) {
        return Optional.ofNullable(runPropertiesAnswer);
    }

    @Override
    public boolean trustCertificate(String serverName, TrustCheck check) {
        certificateQuestions.add(check);
        return trustAnswer;
    }

    @Override
    public boolean previewRequest(String title, List<String> changes, String request, String sendLabel) {
        requestPreviews.add(title + "\n" + String.join("\n", changes) + "\n" + request);
        return sendAnswer;
    }

    @Override
    public Optional<Path> chooseExportFile(Path suggested) {
        return Optional.ofNullable(exportFileAnswer);
    }

    @Override
    public Optional<Path> chooseImportFile(Path folder) {
        return Optional.ofNullable(importFileAnswer);
    }

    @Override
    public Optional<Map<MergeConflict, Resolution>> resolveConflicts(String vaultName, List<MergeConflict> conflicts) {
        conflictQuestions.add(List.copyOf(conflicts));
        if (conflictAnswer == null) {
            return Optional.empty();
        }
        Map<MergeConflict, Resolution> answer = new java.util.LinkedHashMap<>();
        conflicts.forEach(c -> answer.put(c, conflictAnswer));
        return Optional.of(answer);
    }
}
