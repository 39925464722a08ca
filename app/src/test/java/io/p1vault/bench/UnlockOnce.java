package io.p1vault.bench;

import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeInputStream;
import io.p1vault.crypto.age.ScryptIdentity;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One passphrase unlock in a fresh JVM: what a user waits for when running the CLI once. */
public final class UnlockOnce {
    private UnlockOnce() {}

    public static void main(String[] args) throws Exception {
        char[] passphrase = System.getenv("P1VAULT_BENCH_PASSPHRASE").toCharArray();
        try (InputStream file = Files.newInputStream(Path.of(args[0]));
                AgeInputStream in = Age.decrypt(file, List.of(new ScryptIdentity(passphrase)))) {
            in.readAllBytes();
        }
    }
}
