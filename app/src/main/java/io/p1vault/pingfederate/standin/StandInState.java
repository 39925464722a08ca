package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.PingFederateJson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the stand-in remembers while it runs; nothing is written to disk. */
final class StandInState {
    record User(Secret password, boolean admin) {}

    record Failure(int status, String message) {}

    final Map<String, User> users = new ConcurrentHashMap<>();
    final Map<String, Secret> oauthClients = new ConcurrentHashMap<>();
    /** Access tokens and when each expires. */
    final Map<String, Instant> tokens = new ConcurrentHashMap<>();

    final AtomicInteger tokensIssued = new AtomicInteger();
    volatile Duration tokenLifetime = Duration.ofHours(1);
    volatile Duration delay = Duration.ZERO;
    volatile Failure nextFailure;
    volatile Failure nextReplicationFailure;
    /** The engines report FAILED instead of SUCCEEDED for the next replication. */
    volatile boolean enginesFailNextReplication;

    /** Where credential use is reported (the PingOne stand-in in the sandbox). */
    volatile CredentialUse credentialUse = CredentialUse.NONE;

    volatile boolean recording;
    final List<RecordedRequest> recorded = new CopyOnWriteArrayList<>();
    /** Guarded by itself; the SP connections and data stores below are guarded by it too. */
    final Map<String, StoredConnection> connections = new LinkedHashMap<>();

    final Map<String, ObjectNode> spConnections = new LinkedHashMap<>();
    /** PingFederate's own provisioner JDBC store and one LDAP directory, as a fresh install with a directory has. */
    final List<ObjectNode> dataStores = new ArrayList<>(List.of(
            dataStore("ProvisionerDS", "JDBC", null), dataStore("LDAP-PingDirectory", "LDAP", "PingDirectory")));

    static ObjectNode dataStore(String id, String type, String name) {
        ObjectNode store =
                PingFederateJson.mapper().createObjectNode().put("type", type).put("id", id);
        if (name != null) {
            store.put("name", name);
        }
        return store;
    }

    void addUser(String name, char[] password, boolean admin) {
        users.put(name, new User(Secret.of(password), admin));
    }

    void markInUse(String connectionId, String resourceName) {
        synchronized (connections) {
            StoredConnection c = connections.get(connectionId);
            if (c == null) {
                throw new IllegalArgumentException("no connection " + connectionId);
            }
            c.usedBy.add(resourceName);
        }
    }

    synchronized Failure takeReplicationFailure() {
        Failure f = nextReplicationFailure;
        nextReplicationFailure = null;
        return f;
    }

    synchronized Failure takeFailure() {
        Failure f = nextFailure;
        nextFailure = null;
        return f;
    }

    void wipe() {
        users.values().forEach(u -> u.password().destroy());
        oauthClients.values().forEach(Secret::destroy);
        tokens.clear();
        recorded.clear();
    }
}
