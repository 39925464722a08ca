package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * What a PingOne gateway credential says about itself, decoded from its JWT payload. Shown
 * read-only; PingOne's signature over it cannot be checked offline.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class GatewayClaims extends Extensible {
    public String environmentId;
    public String environmentName;
    public String organizationId;
    public String gatewayId;
    public String gatewayName;
    public String gatewayType;
    public String jti;
    public Instant iat;
    public List<String> aud;
    /** Top-level domain of the PingOne region, from {@code aud}; null when it could not be told. */
    public String region;
}
