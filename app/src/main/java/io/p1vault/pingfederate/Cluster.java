package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.pingfederate.PingFederateException.Reason;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PingFederate cluster seen from its admin console: {@code GET /cluster/status} and
 * {@code POST /cluster/replicate}. Admin API writes change the console only; engines get them
 * once the configuration is replicated, which they then pull, so a replication is followed until
 * no engine is still retrieving or applying it. A standalone server answers 403 on both.
 */
public final class Cluster {
    static final String STATUS_PATH = "/cluster/status";
    static final String REPLICATE_PATH = "/cluster/replicate";
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_INTERVAL = Duration.ofMillis(500);

    /** Waits between two status reads; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What the status said after a replication PingFederate accepted, and its own message. */
    public record Replication(String message, ClusterStatus status) {}

    private final PingFederateClient client;
    private final Duration wait;
    private final Duration interval;
    private final Pause pause;

    public Cluster(PingFederateClient client) {
        this(client, DEFAULT_WAIT, DEFAULT_INTERVAL, d -> Thread.sleep(d.toMillis()));
    }

    /** {@code wait}: how long engines may take to apply a replication before it counts as timed out. */
    public Cluster(PingFederateClient client, Duration wait, Duration interval, Pause pause) {
        this.client = client;
        this.wait = wait;
        this.interval = interval;
        this.pause = pause;
    }

    /** The cluster's status; empty when the server is standalone (403 on {@value #STATUS_PATH}). */
    public Optional<ClusterStatus> status() throws PingFederateException {
        try {
            return Optional.of(ClusterStatus.of(client.send(ApiRequest.get(STATUS_PATH))));
        } catch (PingFederateException e) {
            if (e.status() == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The status after a write, never failing: a write stays done even when the status cannot be read. */
    public ClusterCheck check() {
        try {
            return status().map(ClusterCheck::clustered).orElse(ClusterCheck.STANDALONE);
        } catch (PingFederateException e) {
            return ClusterCheck.unknown(e.getMessage());
        }
    }

    /** {@code POST /cluster/replicate}: no body (the document defines none), so a dry run shows the request line. */
    public ApiRequest replicateRequest() {
        return new ApiRequest("POST", REPLICATE_PATH, Map.of(), null, null);
    }

    /**
     * Replicates the console's configuration to every node and follows the status until the engines
     * have applied it. Throws with PingFederate's message when it refuses (a standalone server
     * included), when an engine reports FAILED, or when the engines do not finish within the wait.
     */
    public Replication replicate() throws PingFederateException {
        JsonNode answer = client.send(replicateRequest());
        String message = Failures.oneLine(answer.path("message").asText(""));
        long deadline = System.nanoTime() + wait.toNanos();
        ClusterStatus status = requireStatus();
        while (!status.settled()) {
            if (System.nanoTime() - deadline >= 0) {
                List<ClusterNode> busy = status.engines().stream()
                        .filter(ClusterNode::isReplicating)
                        .toList();
                throw new PingFederateException(
                        Reason.TIMEOUT,
                        "PingFederate at " + client.host() + " started the "
                                + "replication, but " + busy.size() + " engine node"
                                + (busy.size() == 1 ? " was" : "s were")
                                + " still retrieving or applying it after " + wait.toSeconds() + " s ("
                                + addresses(busy) + "); see p1vault pf cluster.");
            }
            try {
                pause.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PingFederateException(
                        Reason.COMMUNICATION,
                        "Stopped waiting for the engine nodes of " + client.host() + " to apply the replication.",
                        e);
            }
            status = requireStatus();
        }
        List<ClusterNode> failed = status.failedEngines();
        if (!failed.isEmpty()) {
            throw new PingFederateException(
                    Reason.SERVER_ERROR,
                    "PingFederate at " + client.host() + " replicated, but "
                            + failed.size() + " engine node" + (failed.size() == 1 ? "" : "s") + " failed to apply it ("
                            + addresses(failed) + "); see the engines' server logs.");
        }
        return new Replication(message, status);
    }

    private ClusterStatus requireStatus() throws PingFederateException {
        return status().orElseThrow(() -> new PingFederateException(
                Reason.FORBIDDEN,
                403,
                "PingFederate at " + client.host() + " is not clustered (403 on " + STATUS_PATH
                        + "): there is nothing to replicate.",
                List.of(),
                null));
    }

    private static String addresses(List<ClusterNode> nodes) {
        return String.join(
                ", ",
                nodes.stream()
                        .map(n -> Failures.oneLine(String.valueOf(n.address())))
                        .toList());
    }
}
