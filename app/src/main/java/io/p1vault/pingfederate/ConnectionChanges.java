package io.p1vault.pingfederate;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.PingOneConnections.ResourceUsage;
import io.p1vault.pingfederate.PingOneConnections.ServiceAssociation;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes to an existing PingOne connection other than its credential: rename, describe,
 * (de)activate, delete. Each is planned first (read fresh, what will change, the request), so a
 * front end can show it before sending; sending touches only PingFederate, recording only the
 * vault, so a front end can do the one in the background and the other where the vault lives.
 */
public final class ConnectionChanges {
    /** A planned update of {@code current}: the request and the changes in words. */
    public record Update(PingOneConnection current, ApiRequest request, List<String> changes) {}

    /** A planned deletion: what uses the connection, the PingOne services configured with it, the request. */
    public record Deletion(
            PingOneConnection target,
            List<ResourceUsage> usage,
            List<ServiceAssociation> configuredServices,
            ApiRequest request) {}

    private ConnectionChanges() {}

    /** Reads the connection and plans setting the fields that are not null; its credential stays. */
    public static Update planUpdate(
            PingOneConnections api, String connectionId, String name, String description, Boolean active)
            throws PingFederateException {
        PingOneConnection current = api.get(connectionId);
        List<String> changes = new ArrayList<>();
        if (name != null && !name.equals(current.name())) {
            changes.add("name: \"" + current.name() + "\" -> \"" + name + "\"");
        }
        if (description != null && !description.equals(Objects.toString(current.description(), ""))) {
            changes.add(
                    "description: \"" + Objects.toString(current.description(), "") + "\" -> \"" + description + "\"");
        }
        if (active != null && active != current.active()) {
            changes.add("active: " + current.active() + " -> " + active);
        }
        return new Update(current, api.updateRequest(current, name, description, active), changes);
    }

    /** Sends the update: the connection as PingFederate now has it. */
    public static PingOneConnection send(PingOneConnections api, Update update) throws PingFederateException {
        return api.send(update.request()).orElse(update.current());
    }

    /** Records the update on the deployments of the connection (the caller saves); the change in words. */
    public static String record(
            Update update, PingOneConnection updated, PingFederateServerEntry server, VaultEditor editor)
            throws VaultException {
        PingOneConnection current = update.current();
        List<String> done = new ArrayList<>();
        if (!Objects.equals(current.name(), updated.name())) {
            done.add("renamed \"" + current.name() + "\" to \"" + updated.name() + "\"");
        }
        if (!Objects.equals(current.description(), updated.description())) {
            done.add("description set");
        }
        if (current.active() != updated.active()) {
            done.add(updated.active() ? "enabled" : "disabled");
        }
        String detail = "PingOne connection " + current.id() + " on \"" + server.getName() + "\": "
                + (done.isEmpty() ? "unchanged" : String.join(", ", done));
        editor.serverRecords()
                .recordConnectionChange(
                        server, current.id(), updated.name(), updated.active() ? "active" : "inactive", detail);
        return detail;
    }

    /** Reads the connection, what uses it and the services configured with it, and plans its deletion. */
    public static Deletion planDeletion(PingOneConnections api, String connectionId) throws PingFederateException {
        PingOneConnection target = api.get(connectionId);
        List<ServiceAssociation> configured = api.serviceAssociations(target.id()).stream()
                .filter(ServiceAssociation::configured)
                .toList();
        return new Deletion(target, api.usage(target.id()), configured, api.deleteRequest(target));
    }

    public static void send(PingOneConnections api, Deletion deletion) throws PingFederateException {
        api.send(deletion.request());
    }

    /** Marks the deployments of the deleted connection as deleted (the caller saves). */
    public static void record(Deletion deletion, PingFederateServerEntry server, VaultEditor editor)
            throws VaultException {
        PingOneConnection target = deletion.target();
        editor.serverRecords()
                .recordConnectionChange(
                        server,
                        target.id(),
                        null,
                        "deleted",
                        "PingOne connection \"" + target.name() + "\" (" + target.id() + ") deleted on \""
                                + server.getName() + "\"");
    }
}
