package io.p1vault.ui.runprops;

import com.formdev.flatlaf.FlatClientProperties;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.runproperties.KnownSetting;
import io.p1vault.runproperties.PingOneSettings;
import io.p1vault.runproperties.PropertyStatus;
import io.p1vault.runproperties.Verdict;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.ListTableModel;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The run.properties editor: the typed settings by section, each with the service's check under
 * it, and a filterable table of every property. Closing only hides the form: the presenter keeps
 * the edits for the session.
 */
public final class RunPropertiesDialog extends BaseDialog {
    private static final Map<String, PingOneRegion> REGIONS = PingOneSettings.documentedRegions().stream()
            .collect(Collectors.toMap(PingOneRegion::tld, Function.identity()));

    private final RunPropertiesPresenter presenter;

    public RunPropertiesDialog(Window owner, RunPropertiesPresenter presenter) {
        super(owner, "runProperties", Messages.text("runprops.title"));
        this.presenter = presenter;
        // Not modal: the user can look things up in the main window while editing; the edits live in the presenter.
        setModalityType(ModalityType.MODELESS);
        JPanel content =
                new JPanel(new MigLayout("insets 0, wrap 2, fill", "[600:640,fill]para[grow,fill]", "[][grow,fill]"));
        content.add(fileRow(), "span");
        JScrollPane form = new JScrollPane(form());
        form.setBorder(null);
        content.add(form, "h 300:560");
        content.add(table());
        layOut(content, Messages.text("runprops.save"));
        cancelButton.setText(Messages.text("button.close"));
        presenter.canSave.bind(okButton::setEnabled);
    }

    private JComponent fileRow() {
        JPanel row = new JPanel(new MigLayout("insets 0, fillx", "[grow,fill][][]", "[]"));
        JLabel file = Components.named(new JLabel(), "runProperties.file", Messages.text("runprops.file"));
        presenter.file.bind(f -> file.setText(f == null ? Messages.text("runprops.noFile") : f.toString()));
        row.add(file);
        JLabel dirty = new JLabel(Messages.text("runprops.unsaved"));
        dirty.setName("runProperties.unsaved");
        presenter.dirty.bind(dirty::setVisible);
        row.add(dirty);
        JButton openButton = Components.named(
                new JButton(Messages.text("runprops.open")), "runProperties.open", Messages.text("runprops.open"));
        openButton.addActionListener(e -> presenter.chooseAndOpen());
        row.add(openButton);
        MessageLabel warnings = new MessageLabel("runProperties.warnings", MessageLabel.Style.WARNING);
        presenter.warnings.bind(w -> warnings.show(w.isEmpty() ? null : String.join("\n", w)));
        row.add(warnings, "newline, span, wmin 0");
        return row;
    }

    private JPanel form() {
        JPanel form = new WidthTrackingPanel(
                new MigLayout("insets 0 0 0 8, wrap 2, fillx, hidemode 3", "[]rel[grow,fill]", ""));
        KnownSetting.Section section = null;
        for (KnownSetting setting : KnownSetting.values()) {
            if (setting.section() != section) {
                section = setting.section();
                form.add(Components.heading(section.title(), 1f), "span, split 2, gaptop para");
                form.add(new JSeparator(), "growx, gaptop para");
            }
            JComponent field = setting.choices().isEmpty() ? textField(setting) : choiceCombo(setting);
            JLabel label = Components.labelFor(setting.label() + ":", field);
            label.setToolTipText(setting.help());
            form.add(label);
            form.add(field);
            MessageLabel message = new MessageLabel("runProperties.message." + setting.key(), MessageLabel.Style.ERROR);
            MessageLabel note = new MessageLabel("runProperties.note." + setting.key(), MessageLabel.Style.WARNING);
            presenter.verdict(setting).bind(v -> {
                message.show(v != null && v.level() == Verdict.Level.ERROR ? v.message() : null);
                note.show(v != null && v.level() == Verdict.Level.WARNING ? v.message() : null);
            });
            form.add(message, "skip, wmin 0");
            form.add(note, "skip, wmin 0");
            if (setting == KnownSetting.PINGONE_ENVIRONMENT_ID) {
                form.add(fillButton(), "skip, growx 0");
            }
        }
        return form;
    }

    private JTextField textField(KnownSetting setting) {
        JTextField field = new JTextField(12);
        field.setName("runProperties." + setting.key());
        field.setToolTipText(setting.help());
        Documents.bind(field, presenter.value(setting));
        return field;
    }

    /**
     * The documented values to pick from; editable, so a value the list lacks (a server-profile
     * placeholder, a typo to fix) still shows and is checked as typed.
     */
    private JComboBox<String> choiceCombo(KnownSetting setting) {
        JComboBox<String> combo = new JComboBox<>(setting.choices().toArray(String[]::new));
        combo.setName("runProperties." + setting.key());
        combo.setEditable(true);
        combo.setToolTipText(setting.help());
        if (setting == KnownSetting.PINGONE_REGION) {
            combo.setRenderer(regionRenderer());
        }
        Documents.bind((JTextComponent) combo.getEditor().getEditorComponent(), presenter.value(setting));
        return combo;
    }

    /** Shows each region's name beside its top-level domain. */
    private static DefaultListCellRenderer regionRenderer() {
        return new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                PingOneRegion region = REGIONS.get(String.valueOf(value));
                String text = region == null
                        ? String.valueOf(value)
                        : Messages.format(
                                region.deprecated() ? "runprops.region.deprecated" : "runprops.region",
                                region.tld(),
                                region.displayName());
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        };
    }

    private JButton fillButton() {
        JButton fill = Components.named(
                new JButton(Messages.text("runprops.fill")), "runProperties.fill", Messages.text("runprops.fill"));
        fill.addActionListener(e -> {
            JPopupMenu menu = new JPopupMenu();
            for (GatewayCredentialEntry credential : presenter.credentials()) {
                JMenuItem item = new JMenuItem(credential.getName());
                item.addActionListener(a -> presenter.fillFrom(credential));
                menu.add(item);
            }
            menu.show(fill, 0, fill.getHeight());
        });
        Runnable update = () -> {
            boolean any = !presenter.credentials().isEmpty();
            fill.setEnabled(any);
            fill.setToolTipText(Messages.text(any ? "runprops.fill.tip" : "runprops.fill.locked"));
        };
        update.run();
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowActivated(java.awt.event.WindowEvent e) {
                update.run();
            }
        });
        return fill;
    }

    private JComponent table() {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow,fill]", "[][grow,fill]"));
        JTextField filter =
                Components.named(new JTextField(), "runProperties.filter", Messages.text("runprops.filter"));
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.text("runprops.filter"));
        Documents.onChange(filter, () -> presenter.filter.set(filter.getText()));
        panel.add(filter);
        PropertiesModel model = new PropertiesModel();
        presenter.editedKeys.bind(model::markEdited);
        presenter.rows.bind(model::show);
        JTable table = new JTable(model);
        table.setName("runProperties.table");
        table.getAccessibleContext().setAccessibleName(Messages.text("runprops.table"));
        table.getColumnModel().getColumn(2).setMaxWidth(80);
        table.setDefaultRenderer(String.class, new EditedRowRenderer(model));
        panel.add(new JScrollPane(table), "w 360:520, h 200:560");
        MessageLabel legend = new MessageLabel("runProperties.editedLegend", MessageLabel.Style.NOTE);
        presenter.dirty.bind(d -> legend.show(d ? Messages.text("runprops.edited.legend") : null));
        panel.add(legend, "wmin 0");
        return panel;
    }

    @Override
    protected void ok() {
        presenter.save();
    }

    @Override
    protected void cancel() {
        setVisible(false);
    }

    /** A form as wide as its scroll pane, so only vertical scrolling is needed and messages wrap. */
    private static final class WidthTrackingPanel extends JPanel implements Scrollable {
        WidthTrackingPanel(MigLayout layout) {
            super(layout);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    /** Rows with an unsaved edit in bold and the theme's warning colour, saying so in their tooltip. */
    private static final class EditedRowRenderer extends DefaultTableCellRenderer {
        private final PropertiesModel model;

        EditedRowRenderer(PropertiesModel model) {
            this.model = model;
        }

        @Override
        public Component getTableCellRendererComponent(
                JTable table, Object value, boolean selected, boolean focus, int row, int column) {
            // This renderer keeps a foreground once set: start from the table's for every cell.
            setForeground(null);
            super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            boolean edited = model.edited(table.convertRowIndexToModel(row));
            setFont(edited ? table.getFont().deriveFont(Font.BOLD) : table.getFont());
            if (edited && !selected) {
                setForeground(UIManager.getColor("p1vault.warningForeground"));
            }
            setToolTipText(edited ? Messages.text("runprops.edited.tip") : null);
            return this;
        }
    }

    private static final class PropertiesModel extends ListTableModel<PropertyStatus> {
        private Set<String> editedKeys = Set.of();

        PropertiesModel() {
            super("runprops.column.key", "runprops.column.value", "runprops.column.typed");
        }

        void markEdited(Set<String> keys) {
            editedKeys = keys;
            fireTableDataChanged();
        }

        boolean edited(int row) {
            return editedKeys.contains(row(row).key());
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 2 ? Boolean.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            PropertyStatus status = row(row);
            return switch (column) {
                case 0 -> status.key();
                case 1 -> status.value();
                default -> status.typed();
            };
        }
    }
}
