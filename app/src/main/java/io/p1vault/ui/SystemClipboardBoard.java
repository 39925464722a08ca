package io.p1vault.ui;

import io.p1vault.desktop.ClipboardHints;
import io.p1vault.desktop.ClipboardHints.NativeFormat;
import io.p1vault.desktop.SecretClipboard;

import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.ClipboardOwner;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.SystemFlavorMap;
import java.awt.datatransfer.Transferable;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The system clipboard for {@link SecretClipboard}. Whether it still holds our secret is told by
 * ownership: the system notifies the owner ({@link ClipboardOwner#lostOwnership}) when another
 * program puts something there. Reading the clipboard back instead would block the event thread
 * on X11, where it is a round trip to the selection owner. Writing waits for the X server too,
 * so writes run on a thread of their own, in order. AWT's clipboard only takes Strings, so a
 * copied secret exists as a String for as long as it is on the clipboard. A secret goes with the
 * system's formats that keep it out of clipboard history and sync ({@link SecretSelection}).
 */
final class SystemClipboardBoard implements SecretClipboard.Board {
    /** One secret we put, and whether the clipboard still holds it (until another program takes it). */
    private record Put(Transferable selection, AtomicBoolean owned) {}

    private final Clipboard clipboard;
    private final Map<DataFlavor, NativeFormat> hints;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clipboard-writer");
        t.setDaemon(true);
        return t;
    });
    private volatile Put current;

    SystemClipboardBoard(Clipboard clipboard, Map<DataFlavor, NativeFormat> hints) {
        this.clipboard = clipboard;
        this.hints = hints;
    }

    static SystemClipboardBoard system() {
        return new SystemClipboardBoard(
                Toolkit.getDefaultToolkit().getSystemClipboard(),
                SecretSelection.register(
                        ClipboardHints.forSystem(System.getProperty("os.name")),
                        SystemFlavorMap.getDefaultFlavorMap()));
    }

    @Override
    public void put(char[] text, Runnable lost) {
        Put put = new Put(new SecretSelection(new String(text), hints), new AtomicBoolean(true));
        ClipboardOwner owner = (c, contents) -> {
            put.owned().set(false);
            lost.run();
        };
        current = put;
        writer.execute(() -> clipboard.setContents(put.selection(), owner));
    }

    /** True while the clipboard still holds the selection we put there last (its text is that secret). */
    @Override
    public boolean holds(char[] text) {
        Put put = current;
        return put != null && put.owned().get();
    }

    @Override
    public void clear() {
        Put clearing = current;
        current = null;
        writer.execute(() -> {
            if (clearing != null && clearing.owned().get()) {
                clipboard.setContents(new StringSelection(""), null);
            }
        });
    }

    /** Waits (up to a second) until pending writes are done: at exit, a clearing must not be lost. */
    void finish() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
