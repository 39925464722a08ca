package io.p1vault.ui.base;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** All user interface text, from {@code io/p1vault/ui/messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.p1vault.ui.messages");

    private Messages() {}

    public static String text(String key) {
        return BUNDLE.getString(key);
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(args);
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
