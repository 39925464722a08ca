package io.p1vault.vault.team;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.EntryKind;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A member for team tests: a personal vault (low work factor) holding one age identity named "me". */
public record TeamFixture(String name, Path personal, String recipient) {
    public static final char[] PASSPHRASE = "personal passphrase".toCharArray();
    public static final String IDENTITY = "me";

    public static TeamFixture member(Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        Path personal = dir.resolve(name + ".p1vault");
        try (Vault v = Vault.create(personal, PASSPHRASE, 10)) {
            String recipient =
                    new VaultEditor(v).addNewIdentity(IDENTITY).entry().getRecipient();
            v.save();
            return new TeamFixture(name, personal, recipient);
        }
    }

    public Vault openPersonal() throws Exception {
        return Vault.open(personal, PASSPHRASE);
    }

    public TeamVault.Opened openTeam(Path teamFile) throws Exception {
        try (Vault p = openPersonal()) {
            return TeamVault.open(teamFile, p, IDENTITY);
        }
    }

    /** The identity as an age key file, for the real {@code age -d -i}; a test's temporary folder only. */
    public Path identityFile(Path dir) throws Exception {
        try (Vault p = openPersonal()) {
            AgeIdentityEntry id = (AgeIdentityEntry) new VaultEditor(p).require(EntryKind.AGE_IDENTITY, IDENTITY);
            char[] key = id.getSecretKey().reveal();
            Path file = dir.resolve(name + ".key");
            Files.writeString(file, new String(key) + "\n");
            Arrays.fill(key, '\0');
            return file;
        }
    }
}
