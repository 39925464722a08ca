package io.p1vault.model;

import java.util.ArrayList;
import java.util.List;

/** A PingOne gateway credential for PingFederate: a JWT PingOne shows exactly once. */
public final class GatewayCredentialEntry extends Entry {
    private Secret credential;
    private GatewayClaims claims;
    private List<Deployment> deployments = new ArrayList<>();
    /** A rotation replacing this credential that has not finished; null when none is. */
    private RotationPlan rotation;

    GatewayCredentialEntry() {}

    public GatewayCredentialEntry(String name, Secret credential, GatewayClaims claims) {
        super(EntryKind.GATEWAY_CREDENTIAL.id(), name);
        this.credential = credential;
        this.claims = claims;
    }

    @Override
    public EntryKind knownKind() {
        return EntryKind.GATEWAY_CREDENTIAL;
    }

    @Override
    public Secret secret() {
        return credential;
    }

    public Secret getCredential() {
        return credential;
    }

    public void setCredential(Secret credential) {
        this.credential = credential;
    }

    public GatewayClaims getClaims() {
        return claims;
    }

    public void setClaims(GatewayClaims claims) {
        this.claims = claims;
    }

    public List<Deployment> getDeployments() {
        return deployments;
    }

    public void setDeployments(List<Deployment> deployments) {
        this.deployments = deployments == null ? new ArrayList<>() : new ArrayList<>(deployments);
    }

    public RotationPlan getRotation() {
        return rotation;
    }

    public void setRotation(RotationPlan rotation) {
        this.rotation = rotation;
    }
}
