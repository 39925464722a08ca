package io.p1vault.ui.pingfederate;

import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.session.VaultSession;

import java.util.Comparator;
import java.util.List;

/** The entries of the unlocked vault the PingFederate screens offer, sorted by name. */
final class VaultEntries {
    private VaultEntries() {}

    static List<PingFederateServerEntry> servers(VaultSession session) {
        return ofKind(session, PingFederateServerEntry.class);
    }

    static List<GatewayCredentialEntry> credentials(VaultSession session) {
        return ofKind(session, GatewayCredentialEntry.class);
    }

    private static <E extends Entry> List<E> ofKind(VaultSession session, Class<E> kind) {
        if (session.vault.get() == null) {
            return List.of();
        }
        return session.editor().entries().stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .sorted(Comparator.comparing(Entry::getName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
