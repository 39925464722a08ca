package io.p1vault.pingfederate;

/** A data store of PingFederate ({@code GET /dataStores}): the source a provisioning channel reads users from. */
public record DataStore(String id, String type, String name) {
    /** How lists show it: "ID (TYPE, name)". */
    public String label() {
        return id + " (" + type + (name == null ? "" : ", " + name) + ")";
    }
}
