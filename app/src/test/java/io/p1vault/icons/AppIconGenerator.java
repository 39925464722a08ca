package io.p1vault.icons;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renders the application icon from its SVG drawings in {@code icons/} into the files the
 * platforms need: {@code png/p1vault-N.png}, {@code p1vault.ico} and {@code p1vault.icns}.
 * Sizes up to {@value #SMALL_UP_TO} px come from the simplified drawing, larger ones from the master.
 * Run with {@code mvn -B -q -Picons verify} (see icons/README.md).
 */
public final class AppIconGenerator {
    static final String MASTER = "p1vault.svg";
    static final String SMALL = "p1vault-small.svg";
    static final int SMALL_UP_TO = 32;
    static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** macOS element types and their pixel sizes ({@code ic11}…{@code ic14} are the Retina doubles). */
    static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private final Path folder;
    private final Map<Integer, byte[]> pngs = new TreeMap<>();

    private AppIconGenerator(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AppIconGenerator ICONS_FOLDER");
        }
        new AppIconGenerator(Path.of(args[0])).writeAll();
    }

    private void writeAll() throws IOException {
        Path pngFolder = Files.createDirectories(folder.resolve("png"));
        for (int size : PNG_SIZES) {
            Files.write(pngFolder.resolve("p1vault-" + size + ".png"), png(size));
        }
        SortedMap<Integer, byte[]> ico = new TreeMap<>();
        ICO_SIZES.forEach(size -> ico.put(size, png(size)));
        Files.write(folder.resolve("p1vault.ico"), IconContainers.ico(ico));
        Map<String, byte[]> icns = new LinkedHashMap<>();
        ICNS_TYPES.forEach((type, size) -> icns.put(type, png(size)));
        Files.write(folder.resolve("p1vault.icns"), IconContainers.icns(icns));
        System.out.println("app icons written to " + folder.toAbsolutePath().normalize());
    }

    private byte[] png(int size) {
        return pngs.computeIfAbsent(size, s -> encode(render(folder.resolve(s <= SMALL_UP_TO ? SMALL : MASTER), s)));
    }

    static BufferedImage render(Path svg, int size) {
        SVGDocument document;
        try {
            document = new SVGLoader().load(svg.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(svg + ": " + e.getMessage(), e);
        }
        if (document == null) {
            throw new IllegalArgumentException(svg + " is missing or not a valid SVG drawing");
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            document.render(null, g, new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        return Collections.unmodifiableMap(types);
    }
}
