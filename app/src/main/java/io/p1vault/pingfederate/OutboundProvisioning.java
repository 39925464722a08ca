package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.pingfederate.PingFederateException.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * PingFederate → PingOne provisioning: an SP connection whose outbound provisioning target is one
 * of the server's PingOne connections ({@code outboundProvision.type} {@code PingOne}, target
 * setting {@code PINGONE_ENVIRONMENT} = {@code <PingOne connection id>|<environment id>}), with one
 * channel reading an LDAP data store. Planned first, like {@link CredentialPush}: created with
 * {@code POST /idp/spConnections}, or, when an SP connection of that name exists, read, changed
 * and written back whole with {@code PUT /idp/spConnections/{id}}.
 *
 * <p>The schemas (SpConnection, OutboundProvision, Channel, ChannelSource…) are PingFederate
 * 12.1's admin API. The target setting names ({@code PINGONE_ENVIRONMENT}, {@code *_PROV_OPT},
 * {@code REMOVE_ACTION} Disable or Delete) and the PingOne field names of the attribute mapping
 * ({@code username}, {@code email}, {@code firstName}, {@code lastName}, {@code populationID}) are
 * those of the PingOne connector as the PingFederate Terraform provider's acceptance test for an
 * SP connection with PingOne outbound provisioning sends them; not checked against a real server.
 */
public final class OutboundProvisioning {
    static final String SP_CONNECTIONS = "/idp/spConnections";
    static final String DATA_STORES = "/dataStores";
    public static final String TARGET_TYPE = "PingOne";
    public static final String ENVIRONMENT_SETTING = "PINGONE_ENVIRONMENT";
    private static final List<String> LDAP_TYPES = List.of("LDAP", "PING_ONE_LDAP_GATEWAY");
    /**
     * What PingFederate may do in PingOne: create, update, disable or delete users (the remove
     * action says which), and whether users disabled in the directory are provisioned too.
     */
    public record Options(
            boolean createUsers,
            boolean updateUsers,
            boolean disableUsers,
            boolean provisionDisabledUsers,
            RemoveAction removeAction) {
        public static final Options DEFAULT = new Options(true, true, true, false, RemoveAction.DISABLE);
    }

    /** What becomes of a PingOne user whose directory entry is removed or disabled. */
    public enum RemoveAction {
        DISABLE("Disable"),
        DELETE("Delete");

        private final String value;

        RemoveAction(String value) {
            this.value = value;
        }

        /** The command line's name for it: {@code disable}, {@code delete}. */
        public String option() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The channel the user chose: where users come from, and whether provisioning runs. */
    public record ChannelSettings(
            String dataStoreId, String baseDn, String filter, String populationId, boolean active, Options options) {
        public ChannelSettings {
            Objects.requireNonNull(dataStoreId, "dataStoreId");
            Objects.requireNonNull(baseDn, "baseDn");
            Objects.requireNonNull(options, "options");
        }
    }

    /** What a run would do: the request and, when it changes an existing SP connection, what changes. */
    public record Plan(String connectionName, Optional<String> existingId, ApiRequest request, List<String> changes) {
        public boolean replaces() {
            return existingId.isPresent();
        }
    }

    private final PingFederateClient client;

    public OutboundProvisioning(PingFederateClient client) {
        this.client = client;
    }

    public List<DataStore> dataStores() throws PingFederateException {
        List<DataStore> out = new ArrayList<>();
        for (JsonNode item : client.send(ApiRequest.get(DATA_STORES)).path("items")) {
            out.add(new DataStore(
                    item.path("id").asText(null),
                    item.path("type").asText(null),
                    item.path("name").asText(null)));
        }
        return out;
    }

    /** The SP connection's name for a PingOne connection. */
    public static String connectionName(PingOneConnection pingOne) {
        return "PingOne provisioning: " + pingOne.name();
    }

    public Plan plan(PingOneConnection pingOne, ChannelSettings channel) throws PingFederateException {
        requireDataStore(channel.dataStoreId());
        String name = connectionName(pingOne);
        ObjectNode provision = outboundProvision(pingOne, channel);
        Optional<JsonNode> existing = findByName(name);
        if (existing.isEmpty()) {
            ObjectNode body = PingFederateJson.mapper().createObjectNode();
            body.put("type", "SP");
            body.put("name", name);
            body.put("entityId", "pingone:" + pingOne.environmentId());
            body.put("active", channel.active());
            body.put("loggingMode", "STANDARD");
            body.set("outboundProvision", provision);
            return new Plan(
                    name,
                    Optional.empty(),
                    ApiRequest.write("POST", SP_CONNECTIONS, body, null),
                    List.of("create the SP connection \"" + name + "\" (" + (channel.active() ? "active" : "inactive")
                            + ") provisioning users from data store " + channel.dataStoreId() + " to PingOne "
                            + "environment " + pingOne.environmentId() + " through \"" + pingOne.name() + "\""));
        }
        String id = existing.get().path("id").asText();
        ObjectNode current = (ObjectNode) client.send(ApiRequest.get(SP_CONNECTIONS + "/" + id));
        List<String> changes = new ArrayList<>();
        if (!provision.equals(current.get("outboundProvision"))) {
            changes.add("outbound provisioning: set to PingOne environment " + pingOne.environmentId() + ", data store "
                    + channel.dataStoreId() + ", base DN " + channel.baseDn());
        }
        if (current.path("active").asBoolean(false) != channel.active()) {
            changes.add("active: " + current.path("active").asBoolean(false) + " -> " + channel.active());
        }
        ObjectNode body = current.deepCopy();
        body.set("outboundProvision", provision);
        body.put("active", channel.active());
        return new Plan(name, Optional.of(id), ApiRequest.write("PUT", SP_CONNECTIONS + "/" + id, body, null), changes);
    }

    /** Sends the planned request; the ID of the SP connection PingFederate now has. */
    public String send(Plan plan) throws PingFederateException {
        JsonNode answer = client.send(plan.request());
        String id = answer.path("id").asText(null);
        if (id == null) {
            throw new PingFederateException(
                    Reason.COMMUNICATION,
                    "PingFederate at " + client.host() + " did not return the SP connection it "
                            + (plan.replaces() ? "updated." : "created."));
        }
        return id;
    }

    /** The {@code outboundProvision} object for this PingOne connection and channel. */
    static ObjectNode outboundProvision(PingOneConnection pingOne, ChannelSettings channel) {
        ObjectNode provision = PingFederateJson.mapper().createObjectNode();
        provision.put("type", TARGET_TYPE);
        ArrayNode settings = provision.putArray("targetSettings");
        settings.addObject()
                .put("name", ENVIRONMENT_SETTING)
                .put("value", pingOne.id() + "|" + pingOne.environmentId());
        Options o = channel.options();
        setting(settings, "CREATE_USERS_PROV_OPT", Boolean.toString(o.createUsers()));
        setting(settings, "UPDATE_USERS_PROV_OPT", Boolean.toString(o.updateUsers()));
        setting(settings, "REMOVE_USERS_PROV_OPT", Boolean.toString(o.disableUsers()));
        setting(settings, "PROVISION_DISABLED_USERS_PROV_OPT", Boolean.toString(o.provisionDisabledUsers()));
        setting(settings, "REMOVE_ACTION", o.removeAction().value);
        ObjectNode c = provision.putArray("channels").addObject();
        c.put("name", "PingOne users");
        c.put("active", channel.active());
        c.put("maxThreads", 1);
        c.put("timeout", 60);
        ObjectNode source = c.putObject("channelSource");
        source.putObject("dataSource").put("id", channel.dataStoreId());
        source.put("baseDn", channel.baseDn());
        // Defaults for a PingDirectory / OpenLDAP style directory, as in PingFederate's own examples.
        source.put("guidAttributeName", "entryUUID");
        source.put("guidBinary", false);
        ObjectNode changes = source.putObject("changeDetectionSettings");
        changes.put("userObjectClass", "inetOrgPerson");
        changes.put("groupObjectClass", "groupOfUniqueNames");
        changes.put("changedUsersAlgorithm", "TIMESTAMP_NO_NEGATION");
        changes.put("timeStampAttributeName", "modifyTimestamp");
        source.putObject("groupMembershipDetection").put("groupMemberAttributeName", "uniqueMember");
        ObjectNode accounts = source.putObject("accountManagementSettings");
        accounts.put("accountStatusAlgorithm", "ACCOUNT_STATUS_ALGORITHM_FLAG");
        accounts.put("accountStatusAttributeName", "nsaccountlock");
        accounts.put("flagComparisonValue", "true");
        accounts.put("flagComparisonStatus", true);
        accounts.put("defaultStatus", true);
        ObjectNode users = source.putObject("userSourceLocation");
        users.put("filter", channel.filter() == null ? "(objectClass=inetOrgPerson)" : channel.filter());
        ArrayNode mapping = c.putArray("attributeMapping");
        map(mapping, "username", "uid");
        map(mapping, "email", "mail");
        map(mapping, "firstName", "givenName");
        map(mapping, "lastName", "sn");
        if (channel.populationId() != null) {
            mapping.addObject()
                    .put("fieldName", "populationID")
                    .putObject("saasFieldInfo")
                    .put("defaultValue", channel.populationId());
        }
        return provision;
    }

    private static void setting(ArrayNode settings, String name, String value) {
        settings.addObject().put("name", name).put("value", value);
    }

    private static void map(ArrayNode mapping, String field, String ldapAttribute) {
        mapping.addObject()
                .put("fieldName", field)
                .putObject("saasFieldInfo")
                .putArray("attributeNames")
                .add(ldapAttribute);
    }

    /** A channel reads users from a directory: the data store must exist and be LDAP (or PingOne's LDAP gateway). */
    private void requireDataStore(String id) throws PingFederateException {
        List<DataStore> stores = dataStores();
        List<DataStore> directories =
                stores.stream().filter(s -> LDAP_TYPES.contains(s.type())).toList();
        if (directories.stream().noneMatch(s -> id.equals(s.id()))) {
            throw new PingFederateException(
                    Reason.NOT_FOUND,
                    "PingFederate at " + client.host() + " has no LDAP data "
                            + "store \"" + id + "\"; its LDAP data stores: "
                            + (directories.isEmpty()
                                    ? "none"
                                    : String.join(
                                            ", ",
                                            directories.stream()
                                                    .map(DataStore::label)
                                                    .toList()))
                            + ".");
        }
    }

    private Optional<JsonNode> findByName(String name) throws PingFederateException {
        for (JsonNode item : client.send(ApiRequest.get(SP_CONNECTIONS)).path("items")) {
            if (name.equals(item.path("name").asText(null))) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
