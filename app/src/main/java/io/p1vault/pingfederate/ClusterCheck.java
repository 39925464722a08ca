package io.p1vault.pingfederate;

import java.util.Optional;

/**
 * The cluster status read after a write: standalone, clustered (with its status), or unknown
 * because reading it failed (the write itself stays done; the problem is reported beside it).
 */
public record ClusterCheck(ClusterStatus status, String problem) {
    public static final ClusterCheck STANDALONE = new ClusterCheck(null, null);

    static ClusterCheck clustered(ClusterStatus status) {
        return new ClusterCheck(status, null);
    }

    static ClusterCheck unknown(String problem) {
        return new ClusterCheck(null, problem);
    }

    public boolean clustered() {
        return status != null;
    }

    /** True when engines lack the change: the front ends then offer to replicate. */
    public boolean replicationRequired() {
        return status != null && status.enginesBehind() > 0;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(problem);
    }
}
