package io.p1vault.ui;

import io.p1vault.desktop.ClipboardHints;
import io.p1vault.desktop.ClipboardHints.NativeFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.FlavorMap;
import java.awt.datatransfer.SystemFlavorMap;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What p1vault hands the clipboard when it copies a secret. Whether the system honours the hint
 * formats is only seen on each real system (Windows clipboard history, a macOS clipboard manager).
 */
class SecretSelectionTest {
    private static final String SECRET = "canary-secret-5f1c";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Windows 11", "Mac OS X", "Linux"})
    void eachHintIsLinkedBothWaysToItsNativeNameInTheSystemFlavorMap(String os) {
        SystemFlavorMap map = (SystemFlavorMap) SystemFlavorMap.getDefaultFlavorMap();

        Map<DataFlavor, NativeFormat> hints = SecretSelection.register(ClipboardHints.forSystem(os), map);

        assertThat(hints).hasSameSizeAs(ClipboardHints.forSystem(os));
        // With a display AWT also maps the flavor's MIME type as a native of its own (X11 publishes both).
        hints.forEach((flavor, format) -> {
            assertThat(map.getNativesForFlavor(flavor)).contains(format.name());
            assertThat(map.getFlavorsForNative(format.name())).contains(flavor);
        });
    }

    @Test
    void theSelectionOffersTheTextAndEachHintWithItsBytes() throws Exception {
        List<NativeFormat> windows = ClipboardHints.forSystem("Windows 11");
        Map<DataFlavor, NativeFormat> hints = SecretSelection.register(windows, SystemFlavorMap.getDefaultFlavorMap());
        SecretSelection selection = new SecretSelection(SECRET, hints);

        assertThat(selection.getTransferDataFlavors()).hasSize(1 + 3).startsWith(DataFlavor.stringFlavor);
        assertThat(selection.getTransferData(DataFlavor.stringFlavor)).isEqualTo(SECRET);
        for (NativeFormat format : windows) {
            DataFlavor flavor = SecretSelection.flavorOf(format);
            assertThat(selection.isDataFlavorSupported(flavor))
                    .as(format.name())
                    .isTrue();
            try (InputStream in = (InputStream) selection.getTransferData(flavor)) {
                assertThat(in.readAllBytes()).as(format.name()).isEqualTo(format.value());
            }
        }
        assertThatThrownBy(() -> selection.getTransferData(DataFlavor.imageFlavor))
                .isInstanceOf(UnsupportedFlavorException.class);
    }

    @Test
    void hintsOfDifferentNamesAreDifferentFlavors() {
        List<DataFlavor> flavors = ClipboardHints.forSystem("Windows 11").stream()
                .map(SecretSelection::flavorOf)
                .toList();

        assertThat(flavors).doesNotHaveDuplicates();
        assertThat(flavors)
                .allSatisfy(
                        f -> assertThat(f.isRepresentationClassInputStream()).isTrue())
                .noneMatch(DataFlavor::isFlavorTextType);
    }

    @Test
    void anotherFlavorMapIsLeftAloneButTheSelectionStillHasItsHints() {
        FlavorMap other = new FlavorMap() {
            @Override
            public Map<DataFlavor, String> getNativesForFlavors(DataFlavor[] flavors) {
                throw new AssertionError("not consulted");
            }

            @Override
            public Map<String, DataFlavor> getFlavorsForNatives(String[] natives) {
                throw new AssertionError("not consulted");
            }
        };

        assertThat(SecretSelection.register(ClipboardHints.forSystem("Mac OS X"), other))
                .hasSize(1);
    }

    @Test
    void theBoardPutsASecretWithItsHintsAndClearsItWithPlainText() throws Exception {
        Clipboard clipboard = new Clipboard("test");
        Map<DataFlavor, NativeFormat> hints =
                SecretSelection.register(ClipboardHints.forSystem("Windows 11"), SystemFlavorMap.getDefaultFlavorMap());
        SystemClipboardBoard board = new SystemClipboardBoard(clipboard, hints);

        board.put(SECRET.toCharArray(), () -> {});
        board.finish();

        Transferable put = clipboard.getContents(null);
        assertThat(put.getTransferData(DataFlavor.stringFlavor)).isEqualTo(SECRET);
        assertThat(put.getTransferDataFlavors()).containsAll(hints.keySet());
    }
}
