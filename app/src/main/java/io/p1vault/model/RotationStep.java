package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of a {@link RotationPlan}: what, where (a server and connection, for some), its state and when. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class RotationStep extends Extensible {
    public static final String CREATE = "create";
    public static final String STORE = "store";
    public static final String PUSH = "push";
    public static final String REPLICATE = "replicate";
    public static final String CHECK = "check";
    public static final String REVOKE = "revoke";
    public static final List<String> ACTIONS = List.of(CREATE, STORE, PUSH, REPLICATE, CHECK, REVOKE);

    public static final String PENDING = "pending";
    public static final String DONE = "done";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";
    public static final List<String> STATES = List.of(PENDING, DONE, SKIPPED, FAILED);

    public String action;
    public UUID serverId;
    public String serverName;
    public String connectionId;
    public String connectionName;
    public String state = PENDING;
    public Instant at;
    /** Why it failed or was skipped (never a secret). */
    public String message;

    public RotationStep() {}

    public RotationStep(String action) {
        this.action = action;
    }

    public boolean finished() {
        return DONE.equals(state) || SKIPPED.equals(state);
    }

    /** One line: "push to pf / PF gateway: done". */
    public String describe() {
        String where = serverName == null
                ? ""
                : " " + (PUSH.equals(action) ? "to" : "on") + " " + serverName
                        + (connectionName == null ? "" : " / " + connectionName);
        return action + where + ": " + state + (message == null ? "" : " (" + message + ")");
    }
}
