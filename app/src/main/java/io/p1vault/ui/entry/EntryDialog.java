package io.p1vault.ui.entry;

import com.formdev.flatlaf.FlatClientProperties;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.PassphraseField;
import io.p1vault.ui.details.DetailRows;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;

/** Renders any {@link EntryForm}: a label, an input and an error line per field, and the preview rows. */
public final class EntryDialog extends BaseDialog {
    private final EntryForm form;
    private final List<PassphraseField> secretInputs = new ArrayList<>();
    private boolean saved;

    public EntryDialog(Window owner, EntryForm form) {
        super(owner, "entryDialog", form.title());
        this.form = form;
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[][grow,fill]", ""));
        JComponent first = null;
        for (FormField field : form.fields()) {
            JComponent input = input(field);
            JComponent label = Components.labelFor(field.label() + ":", input);
            JComponent shownInput = field.type() == FormField.Type.NOTES ? new JScrollPane(input) : input;
            content.add(label, field.type() == FormField.Type.NOTES ? "top" : "");
            content.add(shownInput, field.type() == FormField.Type.NOTES ? "wmin 360, hmin 64" : "wmin 360");
            MessageLabel error = new MessageLabel("entry." + field.key() + ".error", MessageLabel.Style.ERROR);
            content.add(error.follow(field.error), "skip, wmin 0, width 100:420");
            field.error.addListener(e -> fitContent());
            field.shown.bind(shown -> {
                label.setVisible(shown);
                shownInput.setVisible(shown);
                error.setVisible(shown && field.error.get() != null);
                fitContent();
            });
            first = first == null ? input : first;
        }
        DetailRows preview = new DetailRows("entry.preview");
        own(form.preview.bind(rows -> {
            preview.show(rows);
            fitContent();
        }));
        JLabel previewTitle = Components.heading(Messages.text("form.preview"), 1f);
        own(form.preview.bind(rows -> previewTitle.setVisible(!rows.isEmpty())));
        content.add(previewTitle, "span, gaptop para");
        content.add(preview, "span, growx");
        content.add(new MessageLabel("entry.formError", MessageLabel.Style.ERROR).follow(form.formError), "span");
        layOut(content, Messages.text(form.editing() ? "form.okEdit" : "form.okAdd"));
        if (first != null) {
            first.requestFocusInWindow();
        }
    }

    /** Shows the dialog; true when the entry was saved to the vault's document. */
    public boolean showAndWait() {
        setVisible(true);
        return saved;
    }

    private JComponent input(FormField field) {
        String name = "entry." + field.key();
        String placeholder = field.placeholder(form.editing());
        return switch (field.type()) {
            case TEXT -> {
                JTextField text = new JTextField(field.text.get(), 30);
                text.setName(name);
                bindText(text, field);
                field.text.addListener(t -> {
                    if (!t.equals(text.getText())) {
                        text.setText(t);
                    }
                });
                yield withPlaceholder(text, placeholder);
            }
            case NOTES -> {
                JTextArea notes = new JTextArea(field.text.get(), 3, 30);
                notes.setName(name);
                notes.setLineWrap(true);
                notes.setWrapStyleWord(true);
                bindText(notes, field);
                yield notes;
            }
            case CHOICE -> {
                JComboBox<String> choice = new JComboBox<>(field.choices().toArray(String[]::new));
                choice.setName(name);
                choice.setSelectedItem(field.text.get());
                choice.setRenderer(new DefaultListCellRenderer() {
                    @Override
                    public Component getListCellRendererComponent(
                            JList<?> list, Object value, int index, boolean selected, boolean focus) {
                        return super.getListCellRendererComponent(
                                list, value == null ? "" : field.choiceLabel((String) value), index, selected, focus);
                    }
                });
                choice.addActionListener(e -> field.text.set((String) choice.getSelectedItem()));
                yield choice;
            }
            case SECRET -> withPlaceholder(secretInput(name).onChange(field::setSecret), placeholder);
            case CREDENTIAL ->
                withPlaceholder(
                        secretInput(name).onChange(((GatewayCredentialForm) form)::credentialChanged), placeholder);
        };
    }

    private PassphraseField secretInput(String name) {
        PassphraseField input = new PassphraseField(name, 30);
        secretInputs.add(input);
        return input;
    }

    private static JComponent withPlaceholder(JTextComponent field, String placeholder) {
        if (placeholder != null) {
            field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, placeholder);
        }
        return field;
    }

    private static void bindText(JTextComponent component, FormField field) {
        Documents.onChange(component, () -> field.text.set(component.getText()));
    }

    @Override
    protected void ok() {
        if (form.submit()) {
            saved = true;
            dispose();
        }
    }

    @Override
    protected void cancel() {
        form.cancel();
        dispose();
    }

    /** What was typed or pasted as a secret does not stay in the closed dialog's fields. */
    @Override
    public void dispose() {
        secretInputs.forEach(input -> input.setText(""));
        super.dispose();
    }
}
