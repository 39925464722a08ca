package io.p1vault.pingfederate.standin;

import io.p1vault.model.Secret;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the stand-in remembers while it runs; nothing is written to disk. */
final class StandInState {
    record User(Secret password, boolean admin) {
    }

    record Failure(int status, String message) {
    }

    final Map<String, User> users = new ConcurrentHashMap<>();
    final Map<String, Secret> oauthClients = new ConcurrentHashMap<>();
    /** Access tokens and when each expires. */
    final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    final AtomicInteger tokensIssued = new AtomicInteger();
    volatile Duration tokenLifetime = Duration.ofHours(1);
    volatile Duration delay = Duration.ZERO;
    volatile Failure nextFailure;
    volatile boolean recording;
    final List<RecordedRequest> recorded = new CopyOnWriteArrayList<>();
    /** Guarded by itself. */
    final Map<String, StoredConnection> connections = new LinkedHashMap<>();

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
