package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** One change to the vault. Never holds a secret value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class HistoryRecord extends Extensible {
    public Instant at;
    public String action;
    public UUID entryId;
    public String detail;

    HistoryRecord() {}

    public HistoryRecord(Instant at, String action, UUID entryId, String detail) {
        this.at = at;
        this.action = action;
        this.entryId = entryId;
        this.detail = detail;
    }
}
