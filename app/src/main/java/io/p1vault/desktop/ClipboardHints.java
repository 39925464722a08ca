package io.p1vault.desktop;

import java.util.List;
import java.util.Locale;

/**
 * The extra clipboard formats that tell a system's clipboard tools to leave a copied secret alone:
 * Windows keeps it out of clipboard history (Win+V), Cloud Clipboard sync and clipboard monitors;
 * macOS clipboard managers that follow nspasteboard.org skip concealed items; KDE's Klipper skips
 * an item marked as a password manager's secret. Each is a named native format with a small value;
 * the desktop offers them beside the text (see {@code ui.SecretSelection}).
 */
public final class ClipboardHints {
    /** A native clipboard format: the name the system registers it under, and the bytes it carries. */
    public record NativeFormat(String name, byte[] value) {
        public NativeFormat {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }
    }

    /**
     * Windows reads these three as a DWORD; 0 means "no" for the two "Can…" formats, and the mere
     * presence of the first one excludes the content (its value is ignored).
     */
    private static final byte[] DWORD_ZERO = {0, 0, 0, 0};

    private static final List<NativeFormat> WINDOWS = List.of(
            new NativeFormat("ExcludeClipboardContentFromMonitorProcessing", DWORD_ZERO),
            new NativeFormat("CanIncludeInClipboardHistory", DWORD_ZERO),
            new NativeFormat("CanUploadToCloudClipboard", DWORD_ZERO));
    private static final List<NativeFormat> MACOS =
            List.of(new NativeFormat("org.nspasteboard.ConcealedType", new byte[] {'s', 'e', 'c', 'r', 'e', 't'}));
    private static final List<NativeFormat> LINUX =
            List.of(new NativeFormat("x-kde-passwordManagerHint", new byte[] {'s', 'e', 'c', 'r', 'e', 't'}));

    private ClipboardHints() {}

    /** The formats for the system named {@code osName} (the {@code os.name} property). */
    public static List<NativeFormat> forSystem(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        if (os.startsWith("mac")) {
            return MACOS;
        }
        return LINUX;
    }
}
