package io.p1vault.pingfederate.standin;

import io.p1vault.model.PingOneRegion;

import java.io.IOException;
import java.util.List;

/**
 * The PingOne stand-in for tests, linked to a PingFederate stand-in (credential use and validity),
 * with the hooks that make each failure point of a rotation happen; they are package-private in
 * the stand-in, so only tests reach them.
 */
public final class PingOneFixture implements AutoCloseable {
    public final PingOneStandIn pingOne;

    public PingOneFixture(PingFederateStandIn pf) throws IOException {
        pingOne = PingOneStandIn.start(0, PingOneRegion.EUROPE);
        pf.reportCredentialUse(pingOne.credentialUse());
    }

    /** The token endpoint refuses the worker application (401 invalid_client) while {@code refuse}. */
    public void refuseTokens(boolean refuse) {
        pingOne.refuseTokens(refuse);
    }

    /** The next revocation is refused with this status. */
    public void refuseNextRevocation(int status, String message) {
        pingOne.failNext("delete", status, message);
    }

    /** The next creation is refused with this status. */
    public void refuseNextCreation(int status, String message) {
        pingOne.failNext("create", status, message);
    }

    /** The ids of the gateway's credentials PingOne holds now. */
    public List<String> credentialIds() {
        return pingOne.credentialIds();
    }

    @Override
    public void close() {
        pingOne.close();
    }
}
