package io.p1vault.ui;

import io.p1vault.pingfederate.TrustCheck;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.ErrorDialog;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.pingfederate.CertificateDialog;
import io.p1vault.ui.pingfederate.RequestPreviewDialog;
import io.p1vault.ui.runprops.DiffPreviewDialog;
import io.p1vault.ui.session.ConflictsDialog;
import io.p1vault.ui.session.ConflictsPresenter;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;

import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Dialogs} with Swing windows, owned by the application's current window. */
public final class SwingDialogs implements Dialogs {
    private static final System.Logger LOG = System.getLogger(SwingDialogs.class.getName());

    private final Supplier<Window> owner;

    public SwingDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void error(Failure failure) {
        if (failure.cause() != null) {
            LOG.log(System.Logger.Level.WARNING, failure.what() + " " + failure.why(), failure.cause());
        }
        new ErrorDialog(owner.get(), failure).setVisible(true);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Object[] options = {confirmLabel, Messages.text("button.cancel")};
        return JOptionPane.showOptionDialog(
                        owner.get(),
                        message,
                        title,
                        JOptionPane.OK_CANCEL_OPTION,
                        JOptionPane.WARNING_MESSAGE,
                        null,
                        options,
                        options[1])
                == 0;
    }

    @Override
    public UnsavedChoice askUnsaved(String vaultName) {
        Object[] options = {
            Messages.text("unsaved.save"), Messages.text("unsaved.discard"), Messages.text("button.cancel")
        };
        int answer = JOptionPane.showOptionDialog(
                owner.get(),
                Messages.format("unsaved.message", vaultName),
                Messages.text("unsaved.title"),
                JOptionPane.YES_NO_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE,
                null,
                options,
                options[0]);
        return answer == 0 ? UnsavedChoice.SAVE : answer == 1 ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        Object answer =
                JOptionPane.showInputDialog(owner.get(), label, title, JOptionPane.PLAIN_MESSAGE, null, null, initial);
        return Optional.ofNullable((String) answer);
    }

    @Override
    public void info(String title, String message) {
        JOptionPane.showMessageDialog(owner.get(), message, title, JOptionPane.INFORMATION_MESSAGE);
    }

    @Override
    public Optional<Path> chooseVaultToOpen(Path folder) {
        return answer(chooser(folder), "chooser.open", false);
    }

    @Override
    public Optional<Path> chooseNewVault(Path suggested) {
        JFileChooser chooser = chooser(suggested.getParent());
        chooser.setSelectedFile(suggested.toFile());
        return answer(chooser, "chooser.create", true);
    }

    @Override
    public Optional<Map<MergeConflict, Resolution>> resolveConflicts(String vaultName, List<MergeConflict> conflicts) {
        ConflictsPresenter presenter = new ConflictsPresenter(conflicts);
        new ConflictsDialog(owner.get(), vaultName, presenter).setVisible(true);
        return presenter.answer();
    }

    @Override
    public boolean previewDiff(String title, String diff, List<String> warnings) {
        DiffPreviewDialog dialog = new DiffPreviewDialog(owner.get(), title, diff, warnings);
        dialog.setVisible(true);
        return dialog.confirmed();
    }

    @Override
    public Optional<Path> chooseRunProperties(Path folder) {
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.addChoosableFileFilter(
                new FileNameExtensionFilter(Messages.text("runprops.chooser.filter"), "properties"));
        return answer(chooser, "runprops.chooser", false);
    }

    @Override
    public Optional<Path> chooseExportFile(Path suggested) {
        JFileChooser chooser = exportChooser(suggested.getParent());
        chooser.setSelectedFile(suggested.toFile());
        return answer(chooser, "export.chooser", true);
    }

    @Override
    public Optional<Path> chooseImportFile(Path folder) {
        return answer(exportChooser(folder), "import.chooser", false);
    }

    /** Shows {@code chooser} with the title under {@code titleKey}, as a save dialog or an open dialog. */
    private Optional<Path> answer(JFileChooser chooser, String titleKey, boolean save) {
        chooser.setDialogTitle(Messages.text(titleKey));
        int answer = save ? chooser.showSaveDialog(owner.get()) : chooser.showOpenDialog(owner.get());
        return answer == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath())
                : Optional.empty();
    }

    private static JFileChooser exportChooser(Path folder) {
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.addChoosableFileFilter(
                new FileNameExtensionFilter(Messages.text("export.chooser.filter"), "age", "txt"));
        return chooser;
    }

    @Override
    public boolean trustCertificate(String serverName, TrustCheck check) {
        CertificateDialog dialog = new CertificateDialog(owner.get(), serverName, check);
        dialog.setVisible(true);
        return dialog.confirmed();
    }

    @Override
    public boolean previewRequest(String title, List<String> changes, String request, String sendLabel) {
        RequestPreviewDialog dialog = new RequestPreviewDialog(owner.get(), title, changes, request, sendLabel);
        dialog.setVisible(true);
        return dialog.confirmed();
    }

    private static JFileChooser chooser(Path folder) {
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.addChoosableFileFilter(new FileNameExtensionFilter(Messages.text("chooser.filter"), "age"));
        return chooser;
    }
}
