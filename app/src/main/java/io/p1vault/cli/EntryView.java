package io.p1vault.cli;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.Violation;
import io.p1vault.model.rules.VisibleText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an entry as the command line shows them: one map, in a fixed order, behind both
 * the text and the JSON output, so the two never disagree. Never holds a secret; {@code show}
 * adds one itself when asked to reveal it. The key names are a published format (README):
 * add keys, never rename or drop them.
 */
final class EntryView {
    static final String MASK = "********";

    private EntryView() {}

    /** One line of {@code list}. */
    static Map<String, Object> summary(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.getId());
        m.put("kind", e.getKind());
        m.put("name", e.getName());
        m.put("createdAt", e.getCreatedAt());
        m.put("modifiedAt", e.getModifiedAt());
        return m;
    }

    /** Everything {@code show} prints but the secret; "problems" only for an entry that breaks the entry rules. */
    static Map<String, Object> details(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.getId());
        m.put("kind", e.getKind());
        m.put("name", e.getName());
        m.put("notes", e.getNotes());
        m.put("createdAt", e.getCreatedAt());
        m.put("modifiedAt", e.getModifiedAt());
        if (e instanceof GatewayCredentialEntry c) {
            m.put("claims", c.getClaims() == null ? null : claims(c.getClaims()));
            m.put(
                    "deployments",
                    c.getDeployments().stream().map(EntryView::deployment).toList());
        } else if (e instanceof PingOneApplicationEntry a) {
            m.put("type", a.getType());
            m.put("environmentId", a.getEnvironmentId());
            m.put("region", a.getRegion());
            m.put("clientId", a.getClientId());
            m.put("tokenAuthMethod", a.getTokenAuthMethod());
            m.put("grantType", a.getGrantType());
            m.put("scopes", a.getScopes());
            m.put("redirectUris", a.getRedirectUris());
            m.put("tokenUrl", a.tokenUrl());
            m.put("apiUrl", a.apiUrl());
        } else if (e instanceof PingFederateServerEntry s) {
            m.put("adminUrl", s.getAdminUrl());
            m.put("authType", s.getAuthType());
            m.put("username", s.getUsername());
            m.put("clientId", s.getClientId());
            m.put("tokenUrl", s.getTokenUrl());
            m.put(
                    "certificatePins",
                    s.getCertificatePins().stream()
                            .map(CertificatePin::describe)
                            .toList());
            m.put("lastVersion", s.getLastVersion());
            m.put("connectTimeoutSeconds", s.getConnectTimeoutSeconds());
            m.put("readTimeoutSeconds", s.getReadTimeoutSeconds());
        } else if (e instanceof AgeIdentityEntry i) {
            m.put("recipient", i.getRecipient());
        } else if (e instanceof ClientCredentialsEntry c) {
            m.put("clientId", c.getClientId());
            m.put("tokenUrl", c.getTokenUrl());
        }
        List<String> problems =
                EntryRules.check(e).stream().map(Violation::toString).toList();
        m.put("problems", problems.isEmpty() ? null : problems);
        return m;
    }

    /** How messages name an entry: its kind and name. */
    static String label(Entry e) {
        return kindName(e) + " \"" + VisibleText.shortened(e.getName(), EntryRules.MAX_NAME) + "\"";
    }

    /** The kind's name with its indefinite article: "a PingFederate server", "an OAuth client". */
    static String aKindName(Entry e) {
        String name = kindName(e);
        return ("aeiouAEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    static String kindName(Entry e) {
        // An entry kept as read may have no kind, or an empty one.
        String kind = e.knownKind() != null ? e.knownKind().displayName() : e.getKind();
        return kind == null || kind.isEmpty() ? "entry of no known kind" : VisibleText.of(kind);
    }

    private static Map<String, Object> claims(GatewayClaims c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("environmentId", c.environmentId);
        m.put("environmentName", c.environmentName);
        m.put("organizationId", c.organizationId);
        m.put("gatewayId", c.gatewayId);
        m.put("gatewayName", c.gatewayName);
        m.put("gatewayType", c.gatewayType);
        m.put("jti", c.jti);
        m.put("iat", c.iat);
        m.put("aud", c.aud == null ? List.of() : c.aud);
        m.put("region", c.region);
        return m;
    }

    private static Map<String, Object> deployment(Deployment d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("serverId", d.serverId);
        m.put("serverName", d.serverName);
        m.put("connectionId", d.connectionId);
        m.put("connectionName", d.connectionName);
        m.put("credentialId", d.credentialId);
        m.put("at", d.at);
        m.put("state", d.state);
        m.put("replication", d.replication);
        m.put("replicatedAt", d.replicatedAt);
        return m;
    }
}
