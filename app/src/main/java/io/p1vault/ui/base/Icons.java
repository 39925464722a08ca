package io.p1vault.ui.base;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import com.github.weisj.jsvg.parser.SVGLoader;

import java.awt.Image;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application's SVG icons (under {@code io/p1vault/ui/icons}), sharp at any scale. Drawn in
 * IntelliJ's action palette colours, which FlatLaf adapts to the dark theme. Loaded on first paint.
 */
public final class Icons {
    private static final String FOLDER = "io/p1vault/ui/icons/";
    private static final Map<String, FlatSVGIcon> CACHE = new HashMap<>();

    private Icons() {}

    /**
     * Parses one icon with a loader of its own, so that the SVG renderer's classes are loaded on
     * the calling thread (a helper at start) rather than while the first window paints.
     */
    public static void prepare() {
        new SVGLoader().load(Icons.class.getResource("/" + FOLDER + "lock.svg"));
    }

    /**
     * The application icon (drawn in the project's {@code icons/} folder) at the sizes window
     * managers pick from: the simplified drawing up to 32 px, the master above.
     */
    public static List<Image> application() {
        return Stream.of(16, 24, 32, 48, 64, 128)
                .map(size -> get(size <= 32 ? "p1vault-small" : "p1vault", size).getImage())
                .toList();
    }

    public static FlatSVGIcon get(String name) {
        return get(name, 16);
    }

    public static FlatSVGIcon get(String name, int size) {
        return CACHE.computeIfAbsent(name + "@" + size, k -> new FlatSVGIcon(FOLDER + name + ".svg", size, size));
    }
}
