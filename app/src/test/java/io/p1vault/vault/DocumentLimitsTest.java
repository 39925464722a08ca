package io.p1vault.vault;

import io.p1vault.model.rules.DocumentLimits;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.VisibleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits on a whole document and strict keys, where the vault and exports are read: one-line reasons, no values. */
class DocumentLimitsTest {
    private static final String CANARY = "s3cret-canary-value";
    private static final String ENTRY =
            "{\"id\":\"6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"kind\":\"client-credentials\","
                    + "\"name\":\"cc\",\"clientId\":\"c\",\"tokenUrl\":\"https://t.example.com/t\",\"clientSecret\":\""
                    + CANARY + "\"}";

    private static String document(String entries) {
        return "{\"format\":\"p1vault\",\"version\":1,\"entries\":[" + entries + "],\"history\":[]}";
    }

    private static VaultDocuments.Loaded parse(String json) throws VaultException {
        return VaultDocuments.parse(Path.of("export.age"), json.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "a key twice in an entry",
                        document(ENTRY.replace("\"name\":\"cc\"", "\"name\":\"cc\",\"name\":\"x\"")),
                        "the key \"name\" appears twice in entries[0]"),
                Arguments.of(
                        "a key twice in an object within an entry",
                        document(ENTRY.replace("\"name\":\"cc\"", "\"name\":\"cc\",\"later\":{\"k\":1,\"k\":2}")),
                        "the key \"k\" appears twice in entries[0].later"),
                Arguments.of(
                        "a key twice at the top",
                        document(ENTRY).replace("\"version\":1", "\"version\":1,\"version\":1"),
                        "the key \"version\" appears twice in the top level"),
                Arguments.of(
                        "nesting deeper than the limit",
                        document(ENTRY)
                                .replace(
                                        "\"history\":[]",
                                        "\"history\":[]," + "\"x\":" + "[".repeat(40) + "]".repeat(40)),
                        "deeper than " + DocumentLimits.MAX_DEPTH),
                Arguments.of(
                        "a key longer than the limit",
                        document(ENTRY)
                                .replace(
                                        "\"history\"",
                                        "\"" + "k".repeat(DocumentLimits.MAX_KEY + 1) + "\":1,\"history\""),
                        "a key longer than"),
                Arguments.of(
                        "a number longer than the limit",
                        document(ENTRY).replace("\"version\":1", "\"version\":1" + "0".repeat(200)),
                        "a number longer than"),
                Arguments.of(
                        "a string longer than the limit",
                        document(ENTRY.replace(
                                "\"name\":\"cc\"", "\"name\":\"" + "n".repeat(DocumentLimits.MAX_STRING + 1) + "\"")),
                        "a value longer than"),
                Arguments.of(
                        "a string longer than the limit after a value of the wrong type",
                        document(ENTRY.replace(
                                "\"name\":\"cc\"",
                                "\"createdAt\":[1],\"name\":\"" + "n".repeat(DocumentLimits.MAX_STRING + 1) + "\"")),
                        "a value longer than"),
                Arguments.of(
                        "the entries not a list",
                        "{\"format\":\"p1vault\",\"version\":1,\"entries\":{\"id\":\"" + CANARY + "\"}}",
                        "the value at entries has the wrong form"),
                Arguments.of("not JSON", "{\"format\":\"p1vault\",", "it is not valid JSON"),
                Arguments.of("a null entry", document("null"), "does not hold a p1vault document"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithOneLineNamingWhereAndNoValue(String what, String json, String reason) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(VaultException.class).satisfies(e -> {
            String message = e.getMessage();
            assertThat(message).contains(reason).doesNotContain(CANARY).doesNotContain("\n");
            assertThat(VisibleText.firstInvisible(message)).isEqualTo(-1);
            assertThat(((VaultException) e).reason()).isEqualTo(VaultException.Reason.NOT_A_VAULT);
        });
    }

    /** Only the entry is refused: the document opens, the entry kept as read and marked where, never with what. */
    @Test
    void anEntryIdThatIsNotAUuidMarksThatEntryAlone() throws VaultException {
        VaultDocuments.Loaded loaded = parse(document(ENTRY + "," + ENTRY.replace("6f1b2c3d-4e5f", CANARY)));
        assertThat(EntryRules.check(loaded.document().entries.get(0))).isEmpty();
        assertThat(EntryRules.check(loaded.document().entries.get(1)))
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("entries[1].id"))
                .satisfies(v -> assertThat(v.toString()).doesNotContain(CANARY).doesNotContain("\n"));
    }

    @Test
    void moreEntriesThanTheLimitAreRefused() {
        String many =
                String.join(",", java.util.Collections.nCopies(DocumentLimits.MAX_ENTRIES + 1, "{\"kind\":\"x\"}"));
        assertThatThrownBy(() -> parse(document(many)))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("holds " + (DocumentLimits.MAX_ENTRIES + 1) + " entries");
    }

    @Test
    void aHundredThousandCharacterNameIsReadThenRefusedByTheEntryRulesAlone() throws VaultException {
        VaultDocuments.Loaded loaded =
                parse(document(ENTRY.replace("\"name\":\"cc\"", "\"name\":\"" + "n".repeat(100_000) + "\"")));
        assertThat(EntryRules.check(loaded.document().entries.get(0)))
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("name"));
    }
}
