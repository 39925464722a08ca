package io.p1vault.vault;

import io.p1vault.model.Entry;
import io.p1vault.model.Secret;
import io.p1vault.model.SecretsMade;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.rules.DocumentLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A document refused part-way through its reading wipes the secrets it had already read, and an
 * entry that fails to bind after its secret was read wipes that secret, while a document that is
 * kept keeps every other secret intact.
 */
class RefusedReadingWipeTest {
    private static String entry(int n) {
        return "{\"id\":\"6f1b2c3d-4e5f-4a6b-8c7d-" + String.format("%012x", n)
                + "\",\"kind\":\"client-credentials\",\"name\":\"cc" + n
                + "\",\"clientId\":\"c\",\"tokenUrl\":\"https://t.example.com/t\",\"clientSecret\":\"secret-" + n
                + "\"}";
    }

    private static String entries(int count) {
        return IntStream.range(0, count).mapToObj(RefusedReadingWipeTest::entry).collect(Collectors.joining(","));
    }

    private static String document(String entries) {
        return "{\"format\":\"p1vault\",\"version\":1,\"entries\":[" + entries + "],\"history\":[]}";
    }

    private static VaultDocuments.Loaded parse(String json) throws VaultException {
        return VaultDocuments.parse(Path.of("refused.age"), json.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> refused() {
        String two = entries(2);
        return Stream.of(
                Arguments.of("broken text after two entries", document(two + ",{\"id\" 1}"), 2),
                Arguments.of(
                        "a string longer than the limit in the third entry",
                        document(two + ","
                                + entry(2).replace(
                                                "\"name\":\"cc2\"",
                                                "\"name\":\"" + "n".repeat(DocumentLimits.MAX_STRING + 1) + "\"")),
                        2),
                Arguments.of(
                        "a key twice in the third entry",
                        document(two + "," + entry(2).replace("\"name\":\"cc2\"", "\"name\":\"a\",\"name\":\"b\"")),
                        2),
                Arguments.of("content after the document", document(two) + " {}", 2),
                Arguments.of(
                        "a broken field after the entries",
                        document(two).replace("\"history\":[]", "\"history\":[1,]"),
                        2),
                Arguments.of("the history not a list", document(two).replace("\"history\":[]", "\"history\":\"x\""), 2),
                Arguments.of(
                        "another format", document(two).replace("\"format\":\"p1vault\"", "\"format\":\"other\""), 2),
                Arguments.of("an element of the entries not an object", document(two + ",5"), 2),
                Arguments.of(
                        "more entries than the limit",
                        document(entries(DocumentLimits.MAX_ENTRIES + 1)),
                        DocumentLimits.MAX_ENTRIES + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRefusedDocumentWipesTheSecretsItRead(String why, String json, int secretsBefore) {
        try (SecretsMade secrets = SecretsMade.onThisThread()) {
            assertThatThrownBy(() -> parse(json)).isInstanceOf(VaultException.class);

            assertThat(secrets.made()).hasSize(secretsBefore).allMatch(Secret::isDestroyed);
        }
    }

    @Test
    void anEntryThatFailsToBindWipesItsSecretAndTheOthersKeepTheirs() throws VaultException {
        String broken = entry(1).replace("}", ",\"createdAt\":[1]}");
        VaultDocuments.Loaded loaded;
        List<Secret> made;
        try (SecretsMade secrets = SecretsMade.onThisThread()) {
            loaded = parse(document(entry(0) + "," + broken + "," + entry(2)));
            made = secrets.made();
        }

        assertThat(made).hasSize(3);
        assertThat(made.get(1).isDestroyed()).isTrue();
        assertThat(loaded.document().entries.get(1)).isInstanceOf(UnknownEntry.class);
        Entry first = loaded.document().entries.get(0);
        Entry third = loaded.document().entries.get(2);
        assertThat(first.secret()).isSameAs(made.get(0));
        assertThat(third.secret()).isSameAs(made.get(2));
        assertThat(first.secret().reveal()).containsExactly("secret-0".toCharArray());
        assertThat(third.secret().reveal()).containsExactly("secret-2".toCharArray());
    }
}
