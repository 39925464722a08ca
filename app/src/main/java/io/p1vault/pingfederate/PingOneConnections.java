package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.PingFederateException.Reason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PingOne connection operations of one server. Writes are built as {@link ApiRequest}s first,
 * so a front end can show them (dry run) before {@link #send sending} them; updates are always
 * GET, change, PUT, with the encrypted credential passed back unless a new credential was chosen.
 */
public final class PingOneConnections {
    static final String PATH = "/pingOneConnections";
    /** Stops a server that always answers a full page from paging forever. */
    private static final int MAX_PAGES = 1000;

    private final PingFederateClient client;

    public PingOneConnections(PingFederateClient client) {
        this.client = client;
    }

    public PingFederateClient client() {
        return client;
    }

    public String version() throws PingFederateException {
        return client.send(ApiRequest.get("/version")).path("version").asText(null);
    }

    public List<PingOneConnection> list() throws PingFederateException {
        List<PingOneConnection> out = new ArrayList<>();
        for (JsonNode item : client.send(ApiRequest.get(PATH)).path("items")) {
            out.add(new PingOneConnection(item));
        }
        return out;
    }

    public PingOneConnection get(String id) throws PingFederateException {
        return new PingOneConnection(client.send(ApiRequest.get(PATH + "/" + id)));
    }

    public Optional<PingOneConnection> findByName(String name) throws PingFederateException {
        return list().stream().filter(c -> name.equals(c.name())).findFirst();
    }

    /** The connection with that ID, else the one with that name. */
    public PingOneConnection find(String idOrName) throws PingFederateException {
        List<PingOneConnection> all = list();
        return all.stream()
                .filter(c -> idOrName.equals(c.id()))
                .findFirst()
                .or(() -> all.stream().filter(c -> idOrName.equals(c.name())).findFirst())
                .orElseThrow(() -> new PingFederateException(
                        Reason.NOT_FOUND,
                        "PingFederate at " + client.host() + " has no PingOne connection with the ID or name \""
                                + idOrName + "\"."));
    }

    public ApiRequest createRequest(String name, String description, boolean active, Secret credential) {
        ObjectNode body = PingFederateJson.mapper().createObjectNode();
        body.put("name", name);
        if (description != null) {
            body.put("description", description);
        }
        body.put("active", active);
        return ApiRequest.write("POST", PATH, body, credential);
    }

    /** Replaces the credential of {@code existing} (as just read); description and active only when given. */
    public ApiRequest replaceCredentialRequest(
            PingOneConnection existing, Secret credential, String description, Boolean active) {
        ObjectNode body = existing.json();
        body.remove("encryptedCredential");
        if (description != null) {
            body.put("description", description);
        }
        if (active != null) {
            body.put("active", active);
        }
        return ApiRequest.write("PUT", PATH + "/" + existing.id(), body, credential);
    }

    /** Renames, re-describes or (de)activates {@code existing}, keeping its credential; null leaves a field as it is. */
    public ApiRequest updateRequest(PingOneConnection existing, String name, String description, Boolean active)
            throws PingFederateException {
        ObjectNode body = existing.json();
        if (!body.hasNonNull("encryptedCredential")) {
            throw new PingFederateException(
                    Reason.COMMUNICATION,
                    "PingFederate did not return the encrypted credential " + "of \"" + existing.name()
                            + "\", so it cannot be changed without replacing its credential.");
        }
        body.remove("credential");
        if (name != null) {
            body.put("name", name);
        }
        if (description != null) {
            body.put("description", description);
        }
        if (active != null) {
            body.put("active", active);
        }
        return ApiRequest.write("PUT", PATH + "/" + existing.id(), body, null);
    }

    public ApiRequest deleteRequest(PingOneConnection existing) {
        return ApiRequest.delete(PATH + "/" + existing.id());
    }

    /** Sends a write; the connection as PingFederate now has it, or empty after a delete. */
    public Optional<PingOneConnection> send(ApiRequest write) throws PingFederateException {
        JsonNode answer = client.send(write);
        return answer.isObject() && answer.has("id") ? Optional.of(new PingOneConnection(answer)) : Optional.empty();
    }

    /** VALID, INVALID or UNKNOWN, as PingFederate judges the credential. */
    public String credentialStatus(String id) throws PingFederateException {
        return client.send(ApiRequest.get(PATH + "/" + id + "/credentialStatus"))
                .path("pingOneCredentialStatus")
                .asText("UNKNOWN");
    }

    /** The resources of PingFederate that use the connection. */
    public List<ResourceUsage> usage(String id) throws PingFederateException {
        List<ResourceUsage> out = new ArrayList<>();
        for (JsonNode item :
                client.send(ApiRequest.get(PATH + "/" + id + "/usage")).path("items")) {
            out.add(new ResourceUsage(
                    item.path("id").asText(null),
                    item.path("name").asText(null),
                    item.path("categoryId").asText(null),
                    item.path("type").asText(null)));
        }
        return out;
    }

    /** The components that consume PingOne services, and whether each is configured for this connection. */
    public List<ServiceAssociation> serviceAssociations(String id) throws PingFederateException {
        List<ServiceAssociation> out = new ArrayList<>();
        for (JsonNode item : client.send(ApiRequest.get(PATH + "/" + id + "/serviceAssociations"))
                .path("items")) {
            List<String> services = new ArrayList<>();
            item.path("serviceNames").forEach(s -> services.add(s.asText()));
            out.add(new ServiceAssociation(
                    item.path("componentName").asText(null),
                    services,
                    item.path("configured").asBoolean(false)));
        }
        return out;
    }

    /** Every environment the connection can reach whose name or ID contains {@code filter}, read page by page. */
    public List<PingOneEnvironment> environments(String id, String filter, int pageSize) throws PingFederateException {
        List<PingOneEnvironment> out = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("page", String.valueOf(page));
            query.put("numberPerPage", String.valueOf(pageSize));
            if (filter != null && !filter.isEmpty()) {
                query.put("filter", filter);
            }
            JsonNode items = client.send(ApiRequest.get(PATH + "/" + id + "/environments", query))
                    .path("items");
            items.forEach(e -> out.add(new PingOneEnvironment(
                    e.path("id").asText(null),
                    e.path("name").asText(null),
                    e.path("type").asText(null))));
            if (items.size() < pageSize) {
                break;
            }
        }
        return out;
    }

    /** A PingFederate resource that uses a connection. */
    public record ResourceUsage(String id, String name, String categoryId, String type) {}

    /** A PingFederate component consuming PingOne services. */
    public record ServiceAssociation(String componentName, List<String> serviceNames, boolean configured) {}
}
