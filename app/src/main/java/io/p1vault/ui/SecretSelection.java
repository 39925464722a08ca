package io.p1vault.ui;

import io.p1vault.desktop.ClipboardHints.NativeFormat;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.FlavorMap;
import java.awt.datatransfer.SystemFlavorMap;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A copied secret as the clipboard gets it: the text, plus the system's "leave this alone" formats
 * ({@link io.p1vault.desktop.ClipboardHints}). AWT publishes only flavors its flavor map links to
 * a native format, and it registers an unknown native name with the system when it first maps it
 * (Windows {@code RegisterClipboardFormat}, an X11 atom, a macOS pasteboard type); so each hint
 * gets a flavor of its own, linked both ways to its native name in the {@link SystemFlavorMap},
 * whose data is the hint's bytes as a stream (copied as they are, with no text conversion).
 */
final class SecretSelection implements Transferable {
    private final String text;
    private final Map<DataFlavor, NativeFormat> hints;

    SecretSelection(String text, Map<DataFlavor, NativeFormat> hints) {
        this.text = text;
        this.hints = hints;
    }

    /**
     * The flavor of each hint, linked to its native name in {@code flavorMap} (the default one is a
     * {@link SystemFlavorMap}; another map is left alone and the hints then stay unpublished).
     */
    static Map<DataFlavor, NativeFormat> register(List<NativeFormat> formats, FlavorMap flavorMap) {
        Map<DataFlavor, NativeFormat> flavors = new LinkedHashMap<>();
        for (NativeFormat format : formats) {
            DataFlavor flavor = flavorOf(format);
            if (flavorMap instanceof SystemFlavorMap map) {
                map.addUnencodedNativeForFlavor(flavor, format.name());
                map.addFlavorForUnencodedNative(format.name(), flavor);
            }
            flavors.put(flavor, format);
        }
        return Map.copyOf(flavors);
    }

    /** A flavor per native name: DataFlavors are equal by MIME type, so the name goes in the subtype. */
    static DataFlavor flavorOf(NativeFormat format) {
        String subtype =
                "x-p1vault-hint-" + format.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "-");
        return new DataFlavor("application/" + subtype + ";class=java.io.InputStream", format.name());
    }

    @Override
    public DataFlavor[] getTransferDataFlavors() {
        List<DataFlavor> flavors = new ArrayList<>();
        flavors.add(DataFlavor.stringFlavor);
        flavors.addAll(hints.keySet());
        return flavors.toArray(DataFlavor[]::new);
    }

    @Override
    public boolean isDataFlavorSupported(DataFlavor flavor) {
        return DataFlavor.stringFlavor.equals(flavor) || hints.containsKey(flavor);
    }

    @Override
    public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
        if (DataFlavor.stringFlavor.equals(flavor)) {
            return text;
        }
        NativeFormat hint = hints.get(flavor);
        if (hint == null) {
            throw new UnsupportedFlavorException(flavor);
        }
        return new ByteArrayInputStream(hint.value());
    }
}
