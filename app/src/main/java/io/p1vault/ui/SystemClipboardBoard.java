package io.p1vault.ui;

import io.p1vault.desktop.SecretClipboard;

import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.ClipboardOwner;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;

/**
 * The system clipboard for {@link SecretClipboard}. Whether it still holds our secret is told by
 * ownership: the system notifies the owner ({@link ClipboardOwner#lostOwnership}) when another
 * program puts something there. Reading the clipboard back instead would block the event thread
 * on X11, where it is a round trip to the selection owner. AWT's clipboard only takes Strings, so
 * a copied secret exists as a String for as long as it is on the clipboard.
 */
final class SystemClipboardBoard implements SecretClipboard.Board {
    private final Clipboard clipboard;
    private Transferable ours;

    SystemClipboardBoard(Clipboard clipboard) {
        this.clipboard = clipboard;
    }

    static SystemClipboardBoard system() {
        return new SystemClipboardBoard(Toolkit.getDefaultToolkit().getSystemClipboard());
    }

    @Override
    public void put(char[] text, Runnable lost) {
        StringSelection selection = new StringSelection(new String(text));
        ClipboardOwner owner = (c, contents) -> {
            if (contents == ours) {
                ours = null;
            }
            lost.run();
        };
        ours = selection;
        clipboard.setContents(selection, owner);
    }

    /** True while the clipboard still holds the selection we put there last (its text is that secret). */
    @Override
    public boolean holds(char[] text) {
        return ours != null;
    }

    @Override
    public void clear() {
        ours = null;
        clipboard.setContents(new StringSelection(""), null);
    }
}
