package io.p1vault.vault;

import io.p1vault.crypto.age.KeyPairIdentity;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.GatewayCredentials;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.rules.DocumentLimits;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.p1vault.model.rules.EntryRules.adminUrl;
import static io.p1vault.model.rules.EntryRules.httpsUrl;
import static io.p1vault.model.rules.EntryRules.required;
import static io.p1vault.model.rules.EntryRules.secret;
import static io.p1vault.model.rules.EntryRules.timeout;
import static io.p1vault.vault.FieldRules.article;
import static io.p1vault.vault.FieldRules.clientTokenUrl;
import static io.p1vault.vault.FieldRules.validate;

/**
 * The changes a user makes to an unlocked vault's entries, validated, each recorded in the
 * history. Shared by the command line and the GUI; saving is the caller's decision.
 */
public final class VaultEditor {
    private final Vault vault;

    public VaultEditor(Vault vault) {
        this.vault = vault;
    }

    /** An entry that was added, and what the user should be warned about. */
    public record Added<E extends Entry>(E entry, List<String> warnings) {}

    /** The records PingFederate work keeps in this vault: deployments, connection changes, pins, versions. */
    public ServerRecords serverRecords() {
        return new ServerRecords(vault);
    }

    public List<Entry> entries() {
        return List.copyOf(vault.document().entries);
    }

    public Optional<Entry> find(EntryKind kind, String name) {
        return vault.document().entries.stream()
                .filter(e -> kind == null || kind.id().equals(e.getKind()))
                .filter(e -> e.getName() != null && e.getName().equals(name))
                .findFirst();
    }

    /** The entry of that name; when kinds share the name, {@code kind} must say which. */
    public Entry require(EntryKind kind, String name) throws VaultException {
        List<Entry> matches = vault.document().entries.stream()
                .filter(e -> kind == null || kind.id().equals(e.getKind()))
                .filter(e -> name.equals(e.getName()))
                .toList();
        if (matches.isEmpty()) {
            throw new VaultException(
                    VaultException.Reason.NOT_FOUND,
                    "No entry named \"" + name + "\"" + (kind == null ? "" : " of kind " + kind.id())
                            + " in the vault.");
        }
        if (matches.size() > 1) {
            throw new VaultException(
                    VaultException.Reason.CONFLICT,
                    "Several entries are named \"" + name + "\"; say which kind you mean.");
        }
        return matches.get(0);
    }

    public Added<GatewayCredentialEntry> addGatewayCredential(String name, char[] pasted)
            throws VaultException, InvalidEntryException {
        GatewayCredentials.Parsed parsed = GatewayCredentials.parse(pasted);
        String jti = parsed.claims().jti;
        Optional<GatewayCredentialEntry> holder = vault.document().entries.stream()
                .filter(GatewayCredentialEntry.class::isInstance)
                .map(GatewayCredentialEntry.class::cast)
                .filter(e -> e.getClaims() != null && jti.equals(e.getClaims().jti))
                .findFirst();
        if (holder.isPresent()) {
            parsed.credential().destroy();
            throw new InvalidEntryException(
                    "credential",
                    "This credential is already in the vault, as \""
                            + holder.get().getName() + "\".");
        }
        String entryName = name != null
                ? name
                : Optional.ofNullable(parsed.claims().gatewayName).orElse(parsed.claims().environmentName);
        String checkedName;
        try {
            checkedName = checkName(EntryKind.GATEWAY_CREDENTIAL, entryName);
        } catch (InvalidEntryException | RuntimeException e) {
            parsed.credential().destroy();
            throw e;
        }
        GatewayCredentialEntry entry = new GatewayCredentialEntry(checkedName, parsed.credential(), parsed.claims());
        add(entry);
        return new Added<>(entry, parsed.warnings());
    }

    /** The fields of a PingOne application besides its name and secret, as a user enters them. */
    public record ApplicationFields(
            String type, String environmentId, String region, String clientId, String authMethod) {}

    public Added<PingOneApplicationEntry> addApplication(
            String name,
            String type,
            String environmentId,
            String region,
            String clientId,
            String authMethod,
            char[] clientSecret)
            throws VaultException, InvalidEntryException {
        return addApplication(
                name, new ApplicationFields(type, environmentId, region, clientId, authMethod), clientSecret);
    }

    public Added<PingOneApplicationEntry> addApplication(String name, ApplicationFields fields, char[] clientSecret)
            throws VaultException, InvalidEntryException {
        List<String> warnings = new ArrayList<>();
        ApplicationFields valid = validate(fields, warnings);
        PingOneApplicationEntry entry = new PingOneApplicationEntry(
                checkName(EntryKind.PINGONE_APPLICATION, name),
                valid.type(),
                valid.environmentId(),
                PingOneRegion.fromTld(valid.region()).orElseThrow(),
                valid.clientId(),
                secret(clientSecret));
        entry.setTokenAuthMethod(valid.authMethod());
        add(entry);
        return new Added<>(entry, warnings);
    }

    /** Changes an application's fields (all are checked before any is changed); returns warnings. */
    public List<String> editApplication(PingOneApplicationEntry entry, ApplicationFields fields)
            throws VaultException, InvalidEntryException {
        List<String> warnings = new ArrayList<>();
        ApplicationFields valid = validate(fields, warnings);
        FieldChanges changes = new FieldChanges();
        changes.set("type", entry.getType(), valid.type(), entry::setType);
        changes.set("environmentId", entry.getEnvironmentId(), valid.environmentId(), entry::setEnvironmentId);
        changes.set("region", entry.getRegion(), valid.region(), entry::setRegion);
        changes.set("clientId", entry.getClientId(), valid.clientId(), entry::setClientId);
        changes.set("tokenAuthMethod", entry.getTokenAuthMethod(), valid.authMethod(), entry::setTokenAuthMethod);
        changes.applyTo(vault, entry);
        return warnings;
    }

    public Added<PingFederateServerEntry> addServer(String name, String adminUrl, String username, char[] password)
            throws VaultException, InvalidEntryException {
        PingFederateServerEntry entry = new PingFederateServerEntry(
                checkName(EntryKind.PINGFEDERATE_SERVER, name),
                adminUrl(adminUrl),
                required("username", username),
                secret(password));
        add(entry);
        return new Added<>(entry, List.of());
    }

    /** A server whose admin API takes OAuth2 client-credentials tokens from {@code tokenUrl}. */
    public Added<PingFederateServerEntry> addOAuthServer(
            String name, String adminUrl, String clientId, String tokenUrl, char[] clientSecret)
            throws VaultException, InvalidEntryException {
        String checkedName = checkName(EntryKind.PINGFEDERATE_SERVER, name);
        String url = adminUrl(adminUrl);
        String id = required("clientId", clientId);
        String token = httpsUrl("tokenUrl", tokenUrl, "https://pf.example.com:9031/as/token.oauth2");
        // The secret is copied last: a field refused after it would leave the copy unwiped.
        PingFederateServerEntry entry = new PingFederateServerEntry(checkedName, url, null, secret(clientSecret));
        entry.setAuthType("oauth2");
        entry.setClientId(id);
        entry.setTokenUrl(token);
        add(entry);
        return new Added<>(entry, List.of());
    }

    /** Another system's OAuth client: client ID, secret and the https token URL it is used at. */
    public Added<ClientCredentialsEntry> addClientCredentials(
            String name, String clientId, String tokenUrl, char[] clientSecret)
            throws VaultException, InvalidEntryException {
        String checkedName = checkName(EntryKind.CLIENT_CREDENTIALS, name);
        String id = required("clientId", clientId);
        String url = clientTokenUrl(tokenUrl);
        // The secret is copied last: a field refused after it would leave the copy unwiped.
        ClientCredentialsEntry entry = new ClientCredentialsEntry(checkedName, id, secret(clientSecret), url);
        add(entry);
        return new Added<>(entry, List.of());
    }

    /** Changes an OAuth client's client ID and token URL (both checked before either is changed). */
    public void editClientCredentials(ClientCredentialsEntry entry, String clientId, String tokenUrl)
            throws VaultException, InvalidEntryException {
        String id = required("clientId", clientId);
        String url = clientTokenUrl(tokenUrl);
        FieldChanges changes = new FieldChanges();
        changes.set("clientId", entry.getClientId(), id, entry::setClientId);
        changes.set("tokenUrl", entry.getTokenUrl(), url, entry::setTokenUrl);
        changes.applyTo(vault, entry);
    }

    /** Sets a server's connect and read timeouts in seconds; null keeps the program's default. */
    public void setServerTimeouts(PingFederateServerEntry server, Integer connectSeconds, Integer readSeconds)
            throws InvalidEntryException {
        server.setConnectTimeoutSeconds(timeout("connect timeout", connectSeconds));
        server.setReadTimeoutSeconds(timeout("read timeout", readSeconds));
    }

    /** Generates an X25519 age identity ({@code age1…}), the kind every age version reads. */
    public Added<AgeIdentityEntry> addNewIdentity(String name) throws VaultException, InvalidEntryException {
        return addNewIdentity(name, false);
    }

    /**
     * Generates an age identity, post-quantum (ML-KEM-768 + X25519, {@code age1pq1…}) or X25519
     * ({@code age1…}); its recipient, derived from the new key, is what the owner shares with senders.
     */
    public Added<AgeIdentityEntry> addNewIdentity(String name, boolean postQuantum)
            throws VaultException, InvalidEntryException {
        KeyPairIdentity identity = KeyPairIdentity.generate(postQuantum);
        char[] encoded = identity.encode();
        try {
            AgeIdentityEntry entry = new AgeIdentityEntry(
                    checkName(EntryKind.AGE_IDENTITY, name),
                    Secret.of(encoded),
                    identity.recipient().toString());
            add(entry);
            return new Added<>(entry, List.of());
        } finally {
            Arrays.fill(encoded, '\0');
            identity.destroy();
        }
    }

    public void rename(Entry entry, String newName) throws VaultException, InvalidEntryException {
        EntryKind kind = requireKnown(entry);
        String old = entry.getName();
        String checked = checkName(kind, newName);
        entry.setName(checked);
        touch(entry);
        vault.recordChange("rename", entry.getId(), "\"" + old + "\" to \"" + checked + "\"");
    }

    /**
     * Changes how a server is reached: its admin URL and either a native admin account
     * ({@code basic}: user name) or an OAuth2 client ({@code oauth2}: client ID and token URL).
     * The fields of the other way are cleared; the secret is replaced separately.
     */
    public void editServer(
            PingFederateServerEntry entry,
            String adminUrl,
            String authType,
            String username,
            String clientId,
            String tokenUrl)
            throws VaultException, InvalidEntryException {
        String url = adminUrl(adminUrl);
        if (!PingFederateServerEntry.AUTH_TYPES.contains(authType)) {
            throw new InvalidEntryException(
                    "authType",
                    "The authentication must be one of " + String.join(", ", PingFederateServerEntry.AUTH_TYPES) + ".");
        }
        boolean oauth = "oauth2".equals(authType);
        String user = oauth ? null : required("username", username);
        String client = oauth ? required("clientId", clientId) : null;
        String token = oauth ? httpsUrl("tokenUrl", tokenUrl, "https://pf.example.com:9031/as/token.oauth2") : null;
        FieldChanges changes = new FieldChanges();
        List<CertificatePin> pins = ServerPins.keptAfterMove(entry.getCertificatePins(), url, token);
        changes.set(
                "certificatePins",
                ServerPins.describe(entry.getCertificatePins()),
                ServerPins.describe(pins),
                ignored -> entry.setCertificatePins(pins));
        changes.set("adminUrl", entry.getAdminUrl(), url, entry::setAdminUrl);
        changes.set("authType", entry.getAuthType(), authType, entry::setAuthType);
        changes.set("username", entry.getUsername(), user, entry::setUsername);
        changes.set("clientId", entry.getClientId(), client, entry::setClientId);
        changes.set("tokenUrl", entry.getTokenUrl(), token, entry::setTokenUrl);
        changes.applyTo(vault, entry);
    }

    /** Sets an entry's notes; blank notes are removed. */
    public void setNotes(Entry entry, String notes) throws VaultException {
        requireKnown(entry);
        String value;
        try {
            value = EntryRules.notes(notes);
        } catch (InvalidEntryException e) {
            throw new VaultException(VaultException.Reason.INVALID_INPUT, e.getMessage());
        }
        FieldChanges changes = new FieldChanges();
        changes.set("notes", entry.getNotes(), value, entry::setNotes);
        changes.applyTo(vault, entry);
    }

    /**
     * Replaces the secret of an application (client secret) or a server (password or client
     * secret). A gateway credential or an age identity is not replaced in place: its secret is what
     * the entry is (a credential has its own identifier and deployments; a key its recipient), so
     * the new one is added as a new entry.
     */
    public void replaceSecret(Entry entry, char[] newSecret) throws VaultException, InvalidEntryException {
        String what = switch (requireKnown(entry)) {
            case PINGONE_APPLICATION, CLIENT_CREDENTIALS -> "client secret";
            case PINGFEDERATE_SERVER -> "password";
            case GATEWAY_CREDENTIAL ->
                throw new InvalidEntryException(
                        "secret",
                        "A gateway credential cannot be "
                                + "replaced in place; add the new credential as a new entry.");
            case AGE_IDENTITY ->
                throw new InvalidEntryException(
                        "secret", "An age identity's key cannot be " + "replaced; generate a new identity instead.");
        };
        vault.requireWritable();
        Secret replacement = secret(newSecret);
        Secret old = entry.secret();
        if (entry instanceof PingOneApplicationEntry app) {
            app.setClientSecret(replacement);
        } else if (entry instanceof ClientCredentialsEntry client) {
            client.setClientSecret(replacement);
        } else {
            ((PingFederateServerEntry) entry).setSecret(replacement);
        }
        old.destroy();
        touch(entry);
        vault.recordChange(
                SecretHistory.EDIT, entry.getId(), SecretHistory.REPLACED + what + " of \"" + entry.getName() + "\"");
    }

    public void remove(Entry entry) throws VaultException {
        if (!vault.document().entries.remove(entry)) {
            throw new VaultException(VaultException.Reason.NOT_FOUND, "That entry is no longer in the vault.");
        }
        vault.recordChange("delete", entry.getId(), entry.getKind() + " \"" + entry.getName() + "\"");
        entry.wipe();
    }

    /** Adds an entry as it is (an import): only its name must be free. */
    void addImported(Entry entry, String detail) throws VaultException {
        vault.document().entries.add(entry);
        vault.recordChange("import", entry.getId(), detail);
    }

    void replaceImported(Entry existing, Entry replacement, String detail) throws VaultException {
        List<Entry> entries = vault.document().entries;
        entries.set(entries.indexOf(existing), replacement);
        vault.recordChange("import", replacement.getId(), detail);
    }

    /** Adds a new entry once it keeps every entry rule (a pasted credential's claims included). */
    private void add(Entry entry) throws VaultException, InvalidEntryException {
        List<Violation> problems = EntryRules.check(entry);
        if (!problems.isEmpty()) {
            entry.wipe();
            throw new InvalidEntryException(
                    problems.get(0).field(), problems.get(0).message());
        }
        if (vault.document().entries.size() >= DocumentLimits.MAX_ENTRIES) {
            entry.wipe();
            throw new VaultException(
                    VaultException.Reason.INVALID_INPUT,
                    "The vault holds " + DocumentLimits.MAX_ENTRIES
                            + " entries, as many as p1vault reads; remove some first.");
        }
        vault.document().entries.add(entry);
        vault.recordChange("add", entry.getId(), entry.getKind() + " \"" + entry.getName() + "\"");
    }

    static void touch(Entry entry) {
        entry.setModifiedAt(Instant.now());
    }

    private static EntryKind requireKnown(Entry entry) throws VaultException {
        if (entry.knownKind() == null) {
            throw new VaultException(
                    VaultException.Reason.READ_ONLY,
                    entry instanceof UnknownEntry u && u.isUnreadable()
                            ? "This entry could not be read (" + u.unreadableField()
                                    + "); kept as read, it cannot be changed."
                            : "\"" + entry.getName() + "\" is of a kind made by a newer p1vault (" + entry.getKind()
                                    + ") and cannot be changed here.");
        }
        return entry.knownKind();
    }

    /** A valid name not yet used by another entry of the same kind. */
    String checkName(EntryKind kind, String name) throws InvalidEntryException {
        String n = EntryRules.name(name);
        if (find(kind, n).isPresent()) {
            throw new InvalidEntryException(
                    "name", "There is already " + article(kind.displayName()) + " named \"" + n + "\".");
        }
        return n;
    }
}
