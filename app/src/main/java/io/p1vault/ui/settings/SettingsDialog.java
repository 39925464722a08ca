package io.p1vault.ui.settings;

import io.p1vault.desktop.Settings;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSeparator;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import java.awt.Window;
import java.util.Locale;

/** Theme, auto-lock, clipboard and work factor; the theme changes as it is chosen. */
public final class SettingsDialog extends BaseDialog {
    private final SettingsPresenter presenter;

    public SettingsDialog(Window owner, SettingsPresenter presenter) {
        super(owner, "settingsDialog", Messages.text("settings.title"));
        this.presenter = presenter;
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[]para[grow]", ""));

        section(content, "settings.appearance");
        JPanel themes = new JPanel(new MigLayout("insets 0", "[][][]", "[]"));
        ButtonGroup group = new ButtonGroup();
        for (Settings.Theme theme : Settings.Theme.values()) {
            String id = theme.name().toLowerCase(Locale.ROOT);
            JRadioButton radio = Components.named(
                    new JRadioButton(Messages.text("settings.theme." + id)),
                    "settings.theme." + id,
                    Messages.text("settings.theme." + id));
            radio.setSelected(presenter.theme.get() == theme);
            radio.addActionListener(e -> presenter.theme.set(theme));
            group.add(radio);
            themes.add(radio);
        }
        content.add(new JLabel(Messages.text("settings.theme")));
        content.add(themes);

        section(content, "settings.security");
        JSpinner autoLock = spinner("settings.autoLock", presenter.autoLockMinutes, 0, Settings.MAX_AUTO_LOCK_MINUTES);
        content.add(Components.labelFor(Messages.text("settings.autoLock"), autoLock));
        content.add(autoLock, "split 2");
        content.add(new JLabel(Messages.text("settings.autoLockUnit")));
        JCheckBox minimise = Components.named(
                new JCheckBox(Messages.text("settings.lockOnMinimise"), presenter.lockOnMinimise.get()),
                "settings.lockOnMinimise",
                Messages.text("settings.lockOnMinimise"));
        minimise.addActionListener(e -> presenter.lockOnMinimise.set(minimise.isSelected()));
        content.add(minimise, "skip");
        JSpinner clipboard = spinner(
                "settings.clipboard",
                presenter.clipboardSeconds,
                Settings.MIN_CLIPBOARD_SECONDS,
                Settings.MAX_CLIPBOARD_SECONDS);
        content.add(Components.labelFor(Messages.text("settings.clipboard"), clipboard));
        content.add(clipboard, "split 2");
        content.add(new JLabel(Messages.text("settings.clipboardUnit")));

        section(content, "settings.newVaults");
        JSpinner workFactor = spinner("settings.workFactor", presenter.workFactor, 10, 20);
        content.add(Components.labelFor(Messages.text("settings.workFactor"), workFactor));
        content.add(workFactor, "split 2");
        content.add(new JLabel(Messages.text("settings.workFactorUnit")));
        MessageLabel weak = new MessageLabel("settings.weakWorkFactor", MessageLabel.Style.WARNING);
        own(presenter.workFactor.bind(
                w -> weak.show(presenter.weakWorkFactor() ? Messages.text("create.weakWorkFactor") : null)));
        content.add(weak, "skip, wmin 0, width 100:360");

        section(content, "settings.runProperties");
        JSpinner backups = spinner(
                "settings.runPropertiesBackups",
                presenter.runPropertiesBackups,
                1,
                Settings.MAX_RUN_PROPERTIES_BACKUPS);
        content.add(Components.labelFor(Messages.text("settings.runPropertiesBackups"), backups));
        content.add(backups, "split 2");
        content.add(new JLabel(Messages.text("settings.runPropertiesBackupsUnit")));
        layOut(content, Messages.text("button.ok"));
    }

    private static void section(JPanel content, String key) {
        content.add(Components.heading(Messages.text(key), 1f), "span, split 2, gaptop para");
        content.add(new JSeparator(), "growx, gaptop para");
    }

    private static JSpinner spinner(String name, Property<Integer> value, int min, int max) {
        JSpinner spinner = new JSpinner(new SpinnerNumberModel((int) value.get(), min, max, 1));
        spinner.setName(name);
        spinner.addChangeListener(e -> value.set((Integer) spinner.getValue()));
        ((JComponent) spinner.getEditor()).getAccessibleContext().setAccessibleName(Messages.text(name));
        return spinner;
    }

    @Override
    protected void ok() {
        presenter.ok();
        dispose();
    }

    @Override
    protected void cancel() {
        presenter.cancel();
        dispose();
    }
}
