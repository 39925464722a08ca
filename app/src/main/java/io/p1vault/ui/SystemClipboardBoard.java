package io.p1vault.ui;

import io.p1vault.desktop.SecretClipboard;

import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.ClipboardOwner;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.IOException;
import java.util.Arrays;

/**
 * The system clipboard for {@link SecretClipboard}. AWT's clipboard only takes Strings, so a
 * copied secret exists as a String for as long as it is on the clipboard.
 */
final class SystemClipboardBoard implements SecretClipboard.Board {
    private final Clipboard clipboard;

    SystemClipboardBoard(Clipboard clipboard) {
        this.clipboard = clipboard;
    }

    static SystemClipboardBoard system() {
        return new SystemClipboardBoard(Toolkit.getDefaultToolkit().getSystemClipboard());
    }

    @Override
    public void put(char[] text, Runnable lost) {
        ClipboardOwner owner = (c, contents) -> lost.run();
        clipboard.setContents(new StringSelection(new String(text)), owner);
    }

    @Override
    public boolean holds(char[] text) {
        try {
            Transferable contents = clipboard.getContents(null);
            if (contents == null || !contents.isDataFlavorSupported(DataFlavor.stringFlavor)) {
                return false;
            }
            char[] current = ((String) contents.getTransferData(DataFlavor.stringFlavor)).toCharArray();
            try {
                return Arrays.equals(current, text);
            } finally {
                Arrays.fill(current, '\0');
            }
        } catch (UnsupportedFlavorException | IOException | IllegalStateException e) {
            return false;
        }
    }

    @Override
    public void clear() {
        clipboard.setContents(new StringSelection(""), null);
    }
}
