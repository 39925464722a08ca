package io.p1vault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeOutputStream;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.ScryptIdentity;
import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.model.VaultJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A vault holding an entry whose fields have the wrong JSON type: it opens, and the command line marks that entry. */
class UnreadableEntryCommandTest {
    static final String CANARY = "CANARY-claims-text";

    @TempDir
    Path dir;

    Cli cli;
    Path vault;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir);
        vault = cli.init("vault.age");
        ok(cli.stdin("s")
                .run(
                        "add",
                        "client-credentials",
                        "--vault",
                        vault.toString(),
                        "--name",
                        "good",
                        "--client-id",
                        "c",
                        "--token-url",
                        "https://token.example.com/t"));
        char[] pass = Cli.PASSPHRASE.toCharArray();
        JsonNode doc;
        try (var in = Age.decrypt(Files.newInputStream(vault), List.of(new ScryptIdentity(pass)))) {
            doc = VaultJson.mapper().readTree(in.readAllBytes());
        }
        ((ObjectNode) doc)
                .withArray("entries")
                .addObject()
                .put("id", "2a7f3c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b")
                .put("kind", "pingone-gateway-credential")
                .put("name", "broken")
                .put("claims", CANARY);
        Files.delete(vault);
        try (AgeOutputStream out =
                Envelope.create(List.of(new ScryptRecipient(pass, 10))).encrypt(Files.newOutputStream(vault), false)) {
            out.write(VaultJson.mapper().writeValueAsBytes(doc));
        }
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void listMarksTheUnreadableEntryAndShowsTheGoodOneAsUsual() {
        List<String> lines =
                ok(cli.run("list", "--vault", vault.toString())).out().lines().toList();
        assertThat(lines)
                .filteredOn(l -> l.contains("broken"))
                .singleElement()
                .asString()
                .contains("breaks the entry rules");
        assertThat(lines)
                .filteredOn(l -> l.contains("good"))
                .singleElement()
                .asString()
                .doesNotContain("breaks the entry rules");
    }

    @Test
    void showNamesTheEntryAndFieldOnOneLineWithoutTheValue() {
        Cli.Result show = ok(cli.run("show", "--vault", vault.toString(), "broken"));
        assertThat(show.out())
                .contains("problems:")
                .contains("entries[1].claims: cannot be read")
                .doesNotContain(CANARY);
        ok(cli.run("show", "--vault", vault.toString(), "good"));
    }

    @Test
    void editRefusesTheUnreadableEntryAndLeavesTheFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(vault);
        Cli.Result edit = cli.run("edit", "--vault", vault.toString(), "broken", "--notes", "x");
        assertThat(edit.exit()).isNotZero();
        assertThat(edit.err()).contains("cannot be changed").doesNotContain(CANARY);
        assertThat(Files.readAllBytes(vault)).isEqualTo(before);
    }
}
