package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static io.p1vault.pingfederate.standin.Answer.error;
import static io.p1vault.pingfederate.standin.Answer.json;
import static io.p1vault.pingfederate.standin.Answer.methodNotAllowed;
import static io.p1vault.pingfederate.standin.Answer.ok;

/**
 * {@code /cluster/status} and {@code /cluster/replicate}. Standalone (the default) answers 403 on
 * both, as PingFederate does; clustered, it is one console and two engines: every admin write
 * makes replication required, and a replication is pulled by the engines, which report APPLYING
 * at the next status read and SUCCEEDED at the one after.
 */
final class ClusterResource {
    static final String PATH = "cluster";

    /** One engine as the console sees it. */
    private static final class Engine {
        final String address;
        String status = "SUCCEEDED";
        Instant configuration;

        Engine(String address, Instant configuration) {
            this.address = address;
            this.configuration = configuration;
        }
    }

    private final StandInState state;
    private final boolean clustered;
    private final List<Engine> engines = new ArrayList<>();
    private Instant lastUpdate;
    private Instant lastReplication;
    private boolean required;
    /** The replication under way ends FAILED on the engines (test hook). */
    private boolean failing;

    ClusterResource(StandInState state, boolean clustered) {
        this.state = state;
        this.clustered = clustered;
        Instant start = now();
        this.lastUpdate = start;
        this.lastReplication = start;
        if (clustered) {
            engines.add(new Engine("127.0.0.1:7601", start));
            engines.add(new Engine("127.0.0.1:7602", start));
        }
    }

    /** An admin write succeeded: the console's configuration is now ahead of the engines'. */
    void configurationChanged() {
        lastUpdate = now();
        required = clustered;
    }

    /** {@code call} below {@value #PATH}; the caller holds the state's lock. */
    Answer handle(Call call) {
        if (!clustered) {
            return error(403, "not_clustered", "This PingFederate instance is not deployed in clustered mode.");
        }
        if (call.segments().equals(List.of("status"))) {
            return call.method().equals("GET") ? ok(status()) : methodNotAllowed(call.method());
        }
        if (call.segments().equals(List.of("replicate"))) {
            return call.method().equals("POST") ? replicate() : methodNotAllowed(call.method());
        }
        return Answer.notFound();
    }

    private Answer replicate() {
        StandInState.Failure refusal = state.takeReplicationFailure();
        if (refusal != null) {
            return error(refusal.status(), "replication_refused", refusal.message());
        }
        lastReplication = now();
        required = false;
        engines.forEach(e -> e.status = "RETRIEVING");
        failing = state.enginesFailNextReplication;
        state.enginesFailNextReplication = false;
        return ok(json().put("resultId", "success").put("message", "Replication completed successfully."));
    }

    private ObjectNode status() {
        ObjectNode out = json();
        ArrayNode nodes = out.putArray("nodes");
        nodes.addObject()
                .put("address", "127.0.0.1:7600")
                .put("index", 0)
                .put("mode", "CLUSTERED_CONSOLE")
                .put("version", PingFederateStandIn.VERSION)
                .put("configurationTimestamp", lastUpdate.toString());
        int index = 1;
        for (Engine e : engines) {
            nodes.addObject()
                    .put("address", e.address)
                    .put("index", index++)
                    .put("mode", "CLUSTERED_ENGINE")
                    .put("version", PingFederateStandIn.VERSION)
                    .put("replicationStatus", required ? "OUT_OF_DATE" : e.status)
                    .put("configurationTimestamp", e.configuration.toString());
            advance(e);
        }
        out.put("lastConfigUpdateTime", lastUpdate.toString());
        out.put("lastReplicationTime", lastReplication.toString());
        out.put("replicationRequired", required);
        out.put("mixedMode", false);
        out.put("currentNodeIndex", 0);
        return out;
    }

    /** An engine pulling a replication moves one step per status read. */
    private void advance(Engine e) {
        if (e.status.equals("RETRIEVING")) {
            e.status = "APPLYING";
        } else if (e.status.equals("APPLYING")) {
            e.status = failing ? "FAILED" : "SUCCEEDED";
            e.configuration = failing ? e.configuration : lastReplication;
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
