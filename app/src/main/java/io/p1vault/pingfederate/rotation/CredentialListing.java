package io.p1vault.pingfederate.rotation;

import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.PingOnePlatform;
import io.p1vault.pingfederate.PingOnePlatform.GatewayCredential;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A gateway's credentials as PingOne lists them, each with the vault entry that holds it and where it is deployed. */
public final class CredentialListing {
    /** One credential; {@code entry} is empty when the vault does not hold it. */
    public record Row(GatewayCredential credential, Optional<GatewayCredentialEntry> entry) {
        /** The deployments recorded as holding this credential now. */
        public List<Deployment> deployments() {
            return entry.map(e -> e.getDeployments().stream()
                            .filter(d -> Objects.equals(d.credentialId, credential.id()))
                            .toList())
                    .orElse(List.of());
        }
    }

    private CredentialListing() {}

    /** The credentials of {@code credential}'s gateway. */
    public static List<Row> of(PingOnePlatform pingOne, GatewayCredentialEntry credential, Collection<Entry> entries)
            throws PingFederateException, RotationException {
        if (credential.getClaims() == null || credential.getClaims().gatewayId == null) {
            throw new RotationException(
                    "\"" + credential.getName() + "\" does not say which gateway it belongs to (no gatewayId claim).");
        }
        return pingOne.credentials(credential.getClaims().gatewayId).stream()
                .map(c -> new Row(c, holder(c.id(), entries)))
                .toList();
    }

    /** Why a rotation cannot start at PingOne's limit, naming the credentials never used. */
    static String atLimit(List<GatewayCredential> existing, Collection<Entry> entries) {
        List<String> unused = existing.stream()
                .filter(GatewayCredential::unused)
                .map(c -> c.id() + " (created " + c.createdAt()
                        + holder(c.id(), entries)
                                .map(e -> ", in the vault as \"" + e.getName() + "\"")
                                .orElse("")
                        + ")")
                .toList();
        return "The gateway already has " + existing.size() + " credentials, as many as PingOne allows; revoke one "
                + "before rotating. "
                + (unused.isEmpty() ? "Each of them has been used." : "Never used: " + String.join(", ", unused) + ".");
    }

    private static Optional<GatewayCredentialEntry> holder(String jti, Collection<Entry> entries) {
        return entries.stream()
                .filter(GatewayCredentialEntry.class::isInstance)
                .map(GatewayCredentialEntry.class::cast)
                .filter(e -> e.getClaims() != null && jti.equals(e.getClaims().jti))
                .findFirst();
    }
}
