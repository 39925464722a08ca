package io.p1vault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.Secret;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports and vaults written by someone else: entries that break the entry rules are refused one
 * by one at import (the rest still import), open marked in an existing vault, and nothing they
 * hold reaches the terminal as a control sequence, in text or JSON.
 */
class HostileInputCommandTest {
    /** Retitles the terminal, rings its bell and clears its screen when printed raw. */
    static final String TERMINAL_ESCAPES = "evil\u001b]0;pwned\u0007\u001b[2Jx";

    static final String LONG_NAME = "n".repeat(100_000);
    static final String HTML_IMAGE = "<html><img src=\"http://127.0.0.1:9/x.png\">hi";

    @TempDir
    Path dir;

    Cli cli;
    Path sender;
    Path receiver;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        sender = cli.init("sender.age");
        receiver = cli.init("receiver.age");
    }

    private static String s(Path p) {
        return p.toString();
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    /** Puts entries into a vault as another program could, past the rules {@code add} applies. */
    private void plant(Path vault, Entry... entries) throws Exception {
        try (Vault v = cli.open(vault)) {
            v.document().entries.addAll(List.of(entries));
            v.save();
        }
    }

    private static PingFederateServerEntry server(String name) {
        return new PingFederateServerEntry(name, "https://pf.example.com:9999", "admin", Secret.of("pw".toCharArray()));
    }

    private Path exportAll() {
        Path out = dir.resolve("export.age");
        cli.set(PassphraseSource.EXPORT_VARIABLE, "export passphrase");
        ok(cli.run("export", "--vault", s(sender), "--out", s(out), "--work-factor", "10"));
        return out;
    }

    private static void assertNoControlCharacters(String printed) {
        assertThat(printed.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0))
                .as("control characters printed raw")
                .isEmpty();
    }

    @Test
    void importPreviewShowsTerminalEscapesAsTextAndRefusesThatEntryAlone() throws Exception {
        plant(sender, server(TERMINAL_ESCAPES), server("good"));
        Path export = exportAll();

        Cli.Result preview = ok(cli.run("import", "--vault", s(receiver), "--in", s(export), "--dry-run"));
        assertNoControlCharacters(preview.out());
        assertNoControlCharacters(preview.err());
        assertThat(preview.out())
                .contains("refused")
                .contains("evil\\u001b]0;pwned\\u0007\\u001b[2Jx")
                .contains("name: A name must be one line");

        Cli.Result imported = ok(cli.run("import", "--vault", s(receiver), "--in", s(export)));
        assertNoControlCharacters(imported.err());
        assertThat(imported.err()).contains("1 added").contains("1 refused");
        try (Vault v = cli.open(receiver)) {
            assertThat(v.document().entries).extracting(Entry::getName).containsExactly("good");
        }
    }

    @Test
    void anImportWhoseEntriesAreAllRefusedLeavesTheVaultFileUntouched() throws Exception {
        plant(sender, server(LONG_NAME), server(TERMINAL_ESCAPES));
        Path export = exportAll();
        byte[] before = Files.readAllBytes(receiver);

        Cli.Result r = ok(cli.run("import", "--vault", s(receiver), "--in", s(export)));
        assertThat(r.err()).contains("0 added").contains("2 refused");
        assertThat(r.out().lines()).allMatch(line -> line.length() < 1_000).hasSize(2);
        assertThat(Files.readAllBytes(receiver)).as("the vault file").isEqualTo(before);
    }

    @Test
    void anExistingVaultWithABadEntryOpensWithTheEntryMarkedAndKeepsIt() throws Exception {
        plant(receiver, server(TERMINAL_ESCAPES));
        Cli.Result list = ok(cli.run("list", "--vault", s(receiver)));
        assertNoControlCharacters(list.out());
        assertThat(list.out()).contains("evil\\u001b]0;pwned").contains("breaks the entry rules");

        Cli.Result show = ok(cli.run("show", "--vault", s(receiver), TERMINAL_ESCAPES));
        assertNoControlCharacters(show.out());
        assertThat(show.out()).contains("problems:").contains("name: A name must be one line");

        // Another change is saved; the marked entry stays, exactly as it was.
        ok(cli.stdin("s")
                .run(
                        "add",
                        "client-credentials",
                        "--vault",
                        s(receiver),
                        "--name",
                        "other",
                        "--client-id",
                        "c",
                        "--token-url",
                        "https://token.example.com/t"));
        try (Vault v = cli.open(receiver)) {
            assertThat(v.document().entries).extracting(Entry::getName).containsExactly(TERMINAL_ESCAPES, "other");
        }
    }

    @Test
    void jsonOutputEscapesControlCharactersAndReadsBackTheSameName() throws Exception {
        String bidiAndC1 = "a\u202egpj.exe\u009b31mred\u007f";
        plant(receiver, server(TERMINAL_ESCAPES), server(bidiAndC1));
        Cli.Result json = ok(cli.run("list", "--vault", s(receiver), "--json"));
        assertNoControlCharacters(json.out());
        assertThat(json.out()).doesNotContain("\u202e");
        JsonNode read = new ObjectMapper().readTree(json.out());
        assertThat(read.findValuesAsText("name")).containsExactlyInAnyOrder(TERMINAL_ESCAPES, bidiAndC1);
    }

    @Test
    void addAndEditRefuseWhatImportRefuses() {
        Cli.Result add = cli.stdin("s")
                .run(
                        "add",
                        "client-credentials",
                        "--vault",
                        s(receiver),
                        "--name",
                        TERMINAL_ESCAPES,
                        "--client-id",
                        "c",
                        "--token-url",
                        "https://token.example.com/t");
        assertThat(add.exit()).isEqualTo(1);
        assertNoControlCharacters(add.err());
        Cli.Result http = cli.stdin("s")
                .run(
                        "add",
                        "client-credentials",
                        "--vault",
                        s(receiver),
                        "--name",
                        "x",
                        "--client-id",
                        "c",
                        "--token-url",
                        "http://token.example.com/t");
        assertThat(http.errLines())
                .containsExactly("p1vault: The token URL must be an https URL, e.g. "
                        + "https://example.conductor.one/auth/v1/token.");
        ok(cli.stdin("s")
                .run(
                        "add",
                        "client-credentials",
                        "--vault",
                        s(receiver),
                        "--name",
                        "x",
                        "--client-id",
                        "c",
                        "--token-url",
                        "https://token.example.com/t"));
        Cli.Result notes = cli.run("edit", "--vault", s(receiver), "x", "--notes", "a\u001b[2Jb");
        assertThat(notes.exit()).isEqualTo(1);
        assertThat(notes.err()).contains("control characters");
    }

    @Test
    void anHtmlNameIsAcceptedAndPrintedAsItIs() throws Exception {
        plant(
                receiver,
                new ClientCredentialsEntry(
                        HTML_IMAGE, "c", Secret.of("s".toCharArray()), "https://token.example.com/t"));
        assertThat(ok(cli.run("list", "--vault", s(receiver))).out())
                .contains(HTML_IMAGE)
                .doesNotContain("breaks the entry rules");
    }
}
