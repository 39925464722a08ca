package io.p1vault.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Entry;
import io.p1vault.vault.Vault;
import io.p1vault.vault.merge.OtherProgram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's save finds the vault changed on disk by another program, with the same field changed on
 * both sides. The other program writes while the command runs: the command reads its new secret from a
 * named pipe, which the test feeds only after the other program saved, so the change lands between
 * the command's reading of the vault and its save, every time.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "a named pipe made with mkfifo feeds the secret")
class SaveConflictCommandTest {
    private static final String NEW_SECRET = "canary-new-secret-5f1c";
    private static final String OLD_SECRET = "canary-old-secret-8d2e";

    @TempDir
    Path dir;

    private Cli cli;
    private Path vault;
    private Path pipe;
    private final AtomicReference<byte[]> theirFile = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir);
        vault = cli.init("v.age");
        Cli.Result added = cli.stdin(OLD_SECRET)
                .run(
                        "add",
                        "client-credentials",
                        "--vault",
                        vault.toString(),
                        "--name",
                        "c1",
                        "--client-id",
                        "id-1",
                        "--token-url",
                        "https://c1.example.com/token");
        assertThat(added.exit()).as(added.err()).isZero();
        pipe = dir.resolve("secret.pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor())
                .isZero();
    }

    @ParameterizedTest(name = "--on-conflict {0}: notes {1}")
    @CsvSource({
        "mine, c1=my notes",
        "theirs, c1=their notes",
        "both, 'c1 (theirs)=their notes;c1=my notes'",
        "replace, c1=their notes"
    })
    void theOptionSettlesTheConflictAndKeepsMyOtherChange(String choice, String notes) throws Exception {
        Cli.Result r = editWhileAnotherProgramSaves("--on-conflict", choice);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(cli.prompts).isEmpty();
        assertThat(notesByName()).isEqualTo(parse(notes));
        assertThat(secretOf("c1")).as("my other change, not in conflict").isEqualTo(NEW_SECRET);
        assertThat(r.out() + r.err()).doesNotContain(NEW_SECRET).doesNotContain(OLD_SECRET);
    }

    @Test
    void aTerminalIsAskedForEachConflictUntilItGetsAnAnswer() throws Exception {
        cli.terminal("sideways", "t");

        Cli.Result r = editWhileAnotherProgramSaves();

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(cli.prompts)
                .containsExactly(
                        "\"c1\" (field notes): changed on both sides. Keep [m]ine, take [t]heirs or keep [b]oth? ",
                        "\"c1\" (field notes): changed on both sides. Keep [m]ine, take [t]heirs or keep [b]oth? ");
        assertThat(r.err()).contains("Answer mine, theirs or both.");
        assertThat(notesByName()).isEqualTo(Map.of("c1", "their notes"));
        assertThat(secretOf("c1")).isEqualTo(NEW_SECRET);
    }

    @Test
    void theEndOfTheTerminalsInputSavesNothing() throws Exception {
        cli.terminal();

        Cli.Result r = editWhileAnotherProgramSaves();

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Nothing was saved").contains("--on-conflict");
        assertThat(Files.readAllBytes(vault)).isEqualTo(theirFile.get());
    }

    @Test
    void withoutATerminalOrTheOptionNothingIsSavedAndTheMessageSaysHowToChoose() throws Exception {
        Cli.Result r = editWhileAnotherProgramSaves();

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("\"c1\" (field notes): changed on both sides")
                .contains("Nothing was saved")
                .contains("No terminal to ask on: choose with --on-conflict mine, theirs or both");
        assertThat(Files.readAllBytes(vault))
                .as("byte for byte the other program's file")
                .isEqualTo(theirFile.get());
        assertThat(r.out() + r.err()).doesNotContain(NEW_SECRET).doesNotContain(OLD_SECRET);
    }

    @Test
    void anUnknownChoiceIsAUsageError() {
        Cli.Result r = cli.run("rename", "--vault", vault.toString(), "c1", "c2", "--on-conflict", "sideways");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Invalid value for option '--on-conflict': 'sideways' is not a choice.");
    }

    /**
     * Runs {@code edit c1 --notes "my notes" --secret-file PIPE}; once the command opened the pipe (the
     * vault is read by then), another program sets the notes to "their notes" and only then is the new
     * secret written, so the command saves after the other program did.
     */
    private Cli.Result editWhileAnotherProgramSaves(String... options) throws Exception {
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try (OutputStream secret = Files.newOutputStream(pipe)) {
                OtherProgram.saves(vault, Cli.PASSPHRASE.toCharArray(), doc -> setNotes(doc, "c1", "their notes"));
                theirFile.set(Files.readAllBytes(vault));
                secret.write(NEW_SECRET.getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> args = new java.util.ArrayList<>(List.of(
                "edit", "--vault", vault.toString(), "c1", "--notes", "my notes", "--secret-file", pipe.toString()));
        args.addAll(List.of(options));
        Cli.Result r = cli.run(args.toArray(String[]::new));
        if (!other.isDone()) {
            // The command stopped before reading the pipe: open it, so the other program is not left waiting.
            try (var drained = Files.newInputStream(pipe)) {
                drained.readAllBytes();
            }
        }
        other.get(30, TimeUnit.SECONDS);
        assertThat(theirFile.get())
                .as("the other program saved during the command")
                .isNotNull();
        return r;
    }

    private static void setNotes(ObjectNode doc, String name, String notes) {
        doc.get("entries").forEach(e -> {
            if (e.get("name").asText().equals(name)) {
                ((ObjectNode) e).put("notes", notes);
            }
        });
    }

    private Map<String, String> notesByName() throws Exception {
        try (Vault v = cli.open(vault)) {
            return v.document().entries.stream().collect(Collectors.toMap(Entry::getName, Entry::getNotes));
        }
    }

    private String secretOf(String name) throws Exception {
        try (Vault v = cli.open(vault)) {
            ClientCredentialsEntry entry = (ClientCredentialsEntry) v.document().entries.stream()
                    .filter(e -> e.getName().equals(name))
                    .findFirst()
                    .orElseThrow();
            return new String(entry.getClientSecret().reveal());
        }
    }

    private static Map<String, String> parse(String pairs) {
        return java.util.Arrays.stream(pairs.split(";"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }
}
