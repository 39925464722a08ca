package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A rotation of a gateway credential in progress, recorded on the credential being replaced: which
 * new credential (already stored in its own entry) replaces it, through which worker application,
 * and the state of every step, so a rotation that stopped resumes at its first unfinished step.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class RotationPlan extends Extensible {
    public UUID applicationId;
    public String applicationName;
    public String gatewayId;
    public String oldCredentialId;
    public UUID newEntryId;
    public String newCredentialId;
    public Instant startedAt;
    public List<RotationStep> steps = new ArrayList<>();

    /** The first step not done or skipped, or null when every step is. */
    public RotationStep firstUnfinished() {
        return steps.stream().filter(s -> !s.finished()).findFirst().orElse(null);
    }
}
