package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.GatewayClaims;
import io.p1vault.pingfederate.PingFederateJson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A PingOne connection as the stand-in keeps it. The plaintext credential is never kept: only its claims. */
final class StoredConnection {
    final String id;
    final Instant created;
    String name;
    String description;
    boolean active;
    GatewayClaims claims;
    /** Stands for PingFederate's encryption of the credential: an opaque value handed out and taken back. */
    String encryptedCredential;

    final List<String> usedBy = new ArrayList<>();

    StoredConnection(String id, Instant created) {
        this.id = id;
        this.created = created;
    }

    /** The connection as GET shows it: everything but the write-only credential. */
    ObjectNode toJson() {
        ObjectNode json = PingFederateJson.mapper().createObjectNode();
        json.put("id", id);
        json.put("name", name);
        if (description != null) {
            json.put("description", description);
        }
        json.put("active", active);
        json.put("encryptedCredential", encryptedCredential);
        json.put("credentialId", claims.jti);
        json.put("pingOneConnectionId", claims.gatewayId);
        json.put("environmentId", claims.environmentId);
        json.put("creationDate", created.toString());
        json.put("organizationName", claims.environmentName == null ? "PingOne" : claims.environmentName);
        String tld = claims.region == null ? "com" : claims.region;
        json.put("region", tld);
        json.put("pingOneManagementApiEndpoint", "https://api.pingone." + tld);
        json.put("pingOneAuthenticationApiEndpoint", "https://auth.pingone." + tld);
        return json;
    }
}
