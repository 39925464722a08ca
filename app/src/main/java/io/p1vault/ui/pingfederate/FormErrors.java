package io.p1vault.ui.pingfederate;

import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a form shows what went wrong: PingFederate's field errors beside the fields they concern
 * (by {@code fieldPath}), everything else in the form's message line. No Swing.
 */
public final class FormErrors {
    /** The form's own message: what failed and why, or what to look at. */
    public final Property<String> message = new Property<>(null);

    private final Map<String, Property<String>> fields = new LinkedHashMap<>();

    /** A form with these fields, named as PingFederate's {@code fieldPath} names them. */
    public FormErrors(String... fieldPaths) {
        for (String path : fieldPaths) {
            fields.put(path, new Property<>(null));
        }
    }

    /** The error shown beside a field, null when none. */
    public Property<String> field(String fieldPath) {
        Property<String> field = fields.get(fieldPath);
        if (field == null) {
            throw new IllegalArgumentException("no field " + fieldPath);
        }
        return field;
    }

    public void clear() {
        message.set(null);
        fields.values().forEach(f -> f.set(null));
    }

    /** The form's own check that a connection name was given: true when it was, else says so beside the name. */
    public boolean requireName(String value) {
        if (value.isBlank()) {
            field("name").set(Messages.text("pf.nameRequired"));
            return false;
        }
        return true;
    }

    /** Shows a failure: {@code what} failed ("The connection was not created.") and why, where it belongs. */
    public void show(String what, Throwable failure) {
        clear();
        if (failure instanceof PingFederateException pf && !pf.fieldErrors().isEmpty()) {
            List<String> elsewhere = new ArrayList<>();
            for (PingFederateException.FieldError error : pf.fieldErrors()) {
                Property<String> field = error.fieldPath() == null ? null : fields.get(error.fieldPath());
                if (field == null) {
                    elsewhere.add(error.toString());
                } else {
                    field.set(field.get() == null ? error.message() : field.get() + " " + error.message());
                }
            }
            message.set(
                    what + " " + (elsewhere.isEmpty() ? Messages.text("pf.seeFields") : String.join("; ", elsewhere)));
            return;
        }
        message.set(describe(what, failure));
    }

    /** {@code what} failed, why, and what to do, as one text for a message line. */
    public static String describe(String what, Throwable failure) {
        Failure shown = Failure.of(what, failure);
        return shown.what() + " " + shown.why() + (shown.advice() == null ? "" : " " + shown.advice());
    }
}
