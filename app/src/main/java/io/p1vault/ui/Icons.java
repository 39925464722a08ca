package io.p1vault.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;

import java.util.HashMap;
import java.util.Map;

/**
 * The application's SVG icons (under {@code io/p1vault/ui/icons}), sharp at any scale. Drawn in
 * IntelliJ's action palette colours, which FlatLaf adapts to the dark theme. Loaded on first paint.
 */
public final class Icons {
    private static final Map<String, FlatSVGIcon> CACHE = new HashMap<>();

    private Icons() {
    }

    public static FlatSVGIcon get(String name) {
        return get(name, 16);
    }

    public static FlatSVGIcon get(String name, int size) {
        return CACHE.computeIfAbsent(name + "@" + size,
                k -> new FlatSVGIcon("io/p1vault/ui/icons/" + name + ".svg", size, size));
    }
}
