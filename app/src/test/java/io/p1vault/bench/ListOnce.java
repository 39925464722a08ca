package io.p1vault.bench;

import io.p1vault.model.Entry;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultSearch;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Opens a vault in a fresh JVM and prints its entry names, one a line: our counterpart of
 * {@code keepassxc-cli ls}. An optional second argument filters like the search field.
 */
public final class ListOnce {
    private ListOnce() {}

    public static void main(String[] args) throws Exception {
        char[] passphrase = System.getenv("P1VAULT_BENCH_PASSPHRASE").toCharArray();
        String query = args.length > 1 ? args[1] : "";
        try (Vault vault = Vault.open(Path.of(args[0]), passphrase)) {
            PrintWriter out =
                    new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
            for (Entry entry : VaultSearch.filter(vault.document().entries, query)) {
                out.println(entry.getName());
            }
            out.flush();
        }
    }
}
