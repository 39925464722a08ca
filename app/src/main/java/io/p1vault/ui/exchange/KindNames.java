package io.p1vault.ui.exchange;

import io.p1vault.ui.base.Messages;

/** The name of an entry kind for one entry; a kind made by a newer version shows its identifier. */
final class KindNames {
    private KindNames() {}

    static String of(String kind) {
        String key = "kind." + kind + ".one";
        return Messages.has(key) ? Messages.text(key) : kind;
    }
}
