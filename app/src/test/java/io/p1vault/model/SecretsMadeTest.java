package io.p1vault.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsMadeTest {
    @Test
    void aScopeKnowsTheSecretsMadeOnItsThreadWhileItIsOpen() throws Exception {
        Secret before = Secret.of("before".toCharArray());
        List<Secret> elsewhere = new ArrayList<>();
        try (SecretsMade outer = SecretsMade.onThisThread()) {
            Secret first = Secret.of("first".toCharArray());
            Secret inner;
            try (SecretsMade nested = SecretsMade.onThisThread()) {
                inner = first.copy();
                Thread other = new Thread(() -> elsewhere.add(Secret.of("elsewhere".toCharArray())));
                other.start();
                other.join();
                assertThat(nested.made()).containsExactly(inner);
            }
            Secret after = Secret.of("after".toCharArray());

            assertThat(outer.made()).containsExactly(first, inner, after).doesNotContain(before);
            assertThat(outer.made()).doesNotContainAnyElementsOf(elsewhere);
        }
        try (SecretsMade later = SecretsMade.onThisThread()) {
            assertThat(later.made()).isEmpty();
        }
    }

    @Test
    void wipingFromAMarkWipesOnlyTheSecretsMadeSince() {
        try (SecretsMade made = SecretsMade.onThisThread()) {
            Secret kept = Secret.of("kept".toCharArray());
            int mark = made.mark();
            Secret dropped = Secret.of("dropped".toCharArray());

            made.wipeFrom(mark);

            assertThat(kept.isDestroyed()).isFalse();
            assertThat(dropped.isDestroyed()).isTrue();
        }
    }

    @Test
    void scopesCloseInnermostFirst() {
        SecretsMade outer = SecretsMade.onThisThread();
        SecretsMade inner = SecretsMade.onThisThread();
        try {
            assertThatThrownBy(outer::close).isInstanceOf(IllegalStateException.class);
        } finally {
            inner.close();
            outer.close();
        }
    }
}
