package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** Where a gateway credential was pushed: a PingOne connection on a PingFederate server. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Deployment extends Extensible {
    public UUID serverId;
    public String serverName;
    public String connectionId;
    public String connectionName;
    public String credentialId;
    public Instant at;
    public String state;
    /** On a clustered server: {@value #REPLICATION_PENDING} until the engines have the change, then {@value #REPLICATED}. */
    public String replication;

    public Instant replicatedAt;

    public static final String REPLICATION_PENDING = "pending";
    public static final String REPLICATED = "replicated";
}
