package io.p1vault.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A merge compares documents as JSON trees: there a secret is a copy of itself, never a string,
 * compared by value, read back into a new copy, and never written out as text by mistake.
 */
class SecretInTreeTest {
    private static PingFederateServerEntry server(String password) {
        return new PingFederateServerEntry(
                "pf", "https://pf.example.com:9999", "admin", Secret.of(password.toCharArray()));
    }

    @Test
    void secretsAreEqualByValueAndTheirHashTellsOnlyTheLength() {
        Secret a = Secret.of("same value".toCharArray());

        assertThat(a).isEqualTo(Secret.of("same value".toCharArray()));
        assertThat(a).isNotEqualTo(Secret.of("same valuf".toCharArray()));
        assertThat(a.hashCode()).isEqualTo(Secret.of("other text".toCharArray()).hashCode());
    }

    @Test
    void aTreeHoldsACopyOfTheSecretNotAString() {
        PingFederateServerEntry entry = server("tree secret");

        JsonNode tree = VaultJson.tree(entry);

        assertThat(tree.get("secret")).isInstanceOf(POJONode.class);
        Secret held = (Secret) ((POJONode) tree.get("secret")).getPojo();
        assertThat(held).isEqualTo(entry.secret()).isNotSameAs(entry.secret());
        entry.secret().destroy();
        assertThat(held.isDestroyed())
                .as("a copy: wiping the entry leaves the tree whole")
                .isFalse();
    }

    @Test
    void aTreeIsReadBackIntoNewCopies() throws Exception {
        JsonNode tree = VaultJson.tree(server("read back"));

        Entry read = VaultJson.mapper().treeToValue(tree, Entry.class);

        Secret held = (Secret) ((POJONode) tree.get("secret")).getPojo();
        assertThat(read.secret()).isEqualTo(held).isNotSameAs(held);
    }

    @Test
    void aTreeWhoseSecretWasWipedIsNotReadBackAsZeros() {
        JsonNode tree = VaultJson.tree(server("wiped in the tree"));
        ((Secret) ((POJONode) tree.get("secret")).getPojo()).destroy();

        assertThatThrownBy(() -> VaultJson.mapper().treeToValue(tree, Entry.class))
                .hasMessageContaining("secret was wiped");
        Secret wiped = Secret.of("gone".toCharArray());
        wiped.destroy();
        assertThatThrownBy(wiped::copy).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTreeWrittenOutHoldsTheSecretAsAVaultFileDoes() throws Exception {
        JsonNode tree = VaultJson.tree(server("written out"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaultJson.mapper().writeValue(out, tree);

        assertThat(VaultJson.mapper().readTree(out.toByteArray()).get("secret").textValue())
                .isEqualTo("written out");
    }

    @Test
    void theTreeMappingItselfWritesNoSecretAsText() {
        assertThatThrownBy(() -> VaultJson.mapper()
                        .copy()
                        .addMixIn(Secret.class, Secret.HeldInTree.class)
                        .writeValueAsString(server("not as text")))
                .hasMessageNotContaining("not as text")
                .hasMessageContaining("embedded");
    }
}
