package io.p1vault.vault;

import io.p1vault.model.Entry;
import io.p1vault.testing.KillHarness;

import java.nio.file.Path;

/**
 * Child process for the crash test: opens a vault and saves it over and over, each generation
 * renaming one entry to "generation N" and adding an identity, until it is killed.
 */
public final class VaultSaveLoop {
    private VaultSaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        try (Vault vault = Vault.open(path, args[1].toCharArray())) {
            VaultEditor editor = new VaultEditor(vault);
            Entry marker = editor.require(null, "marker");
            int generation = Integer.parseInt(marker.getNotes());
            boolean ready = false;
            while (true) {
                generation++;
                marker.setNotes(Integer.toString(generation));
                editor.addNewIdentity("identity " + generation);
                vault.save();
                if (!ready) {
                    System.out.println(KillHarness.READY);
                    System.out.flush();
                    ready = true;
                }
            }
        }
    }
}
