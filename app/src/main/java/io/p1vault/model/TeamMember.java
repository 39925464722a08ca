package io.p1vault.model;

import java.time.Instant;

/**
 * A member of a team vault: who they are and the public age recipient ({@code age1…} or
 * {@code age1pq1…}) the file key is wrapped to. Members are keyed by recipient. No secret.
 */
public final class TeamMember extends Extensible {
    public String name;
    public String recipient;
    public String addedBy;
    public Instant addedAt;

    TeamMember() {}

    public TeamMember(String name, String recipient, String addedBy, Instant addedAt) {
        this.name = name;
        this.recipient = recipient;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }
}
