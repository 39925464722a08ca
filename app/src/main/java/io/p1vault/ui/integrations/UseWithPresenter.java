package io.p1vault.ui.integrations;

import io.p1vault.integrations.AicProvisioningConfig;
import io.p1vault.integrations.CloudflareIdpConfig;
import io.p1vault.integrations.ConductorOneConfig;
import io.p1vault.integrations.DocumentFiles;
import io.p1vault.integrations.GeneratedDocument;
import io.p1vault.integrations.IntegrationException;
import io.p1vault.integrations.PfConsoleOidcConfig;
import io.p1vault.integrations.SecretChoice;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Use with…" for a PingOne application: the systems it can serve, the chosen one's document as a
 * preview (always with placeholders, so no secret is ever on screen), its notes, and copying or
 * saving the document (with the secrets unless "without secrets" is chosen). No Swing.
 */
public final class UseWithPresenter {
    /** The systems, in the order offered; each needs one application type. */
    public enum Target {
        AIC("worker", "aic-pingone-connector.json"),
        CONDUCTORONE("worker", "baton-ping-one.yaml"),
        CLOUDFLARE("oidc", "cloudflare-identity-provider.json"),
        PF_CONSOLE_OIDC("oidc", "oidc.properties");

        private final String appType;
        private final String fileName;

        Target(String appType, String fileName) {
            this.appType = appType;
            this.fileName = fileName;
        }

        /** The name a saved document is offered under. */
        public String fileName() {
            return fileName;
        }
    }

    /** Puts text on the clipboard (the application clears it after its delay); the caller wipes the array. */
    public interface Copier {
        void copy(char[] text);
    }

    private final PingOneApplicationEntry app;
    private final Copier copier;
    private final Tasks tasks;
    public final List<Target> targets;
    /** The OAuth clients ConductorOne's own credentials can come from. */
    public final List<ClientCredentialsEntry> clients;

    public final Property<Target> target;
    public final Property<ClientCredentialsEntry> conductorOneClient;
    public final Property<Boolean> withoutSecrets = new Property<>(false);
    /** ConductorOne: let it change PingOne accounts (BATON_PROVISIONING). */
    public final Property<Boolean> provisioning = new Property<>(false);
    /** The document with placeholders, or empty when it cannot be made (see {@link #error}). */
    public final Property<String> preview = new Property<>("");

    public final Property<List<String>> notes = new Property<>(List.of());
    public final Property<String> error = new Property<>(null);
    /** What was done last ("Copied…", "Saved…"), for the dialog to confirm. */
    public final Property<String> done = new Property<>(null);

    public UseWithPresenter(
            PingOneApplicationEntry app, List<ClientCredentialsEntry> clients, Copier copier, Tasks tasks) {
        this.app = app;
        this.tasks = tasks;
        this.copier = copier;
        this.clients = List.copyOf(clients);
        this.targets = Arrays.stream(Target.values())
                .filter(t -> t.appType.equals(app.getType()))
                .toList();
        this.target = new Property<>(targets.isEmpty() ? null : targets.get(0));
        this.conductorOneClient = new Property<>(clients.isEmpty() ? null : clients.get(0));
        target.addListener(t -> refresh());
        conductorOneClient.addListener(c -> refresh());
        provisioning.addListener(p -> refresh());
        refresh();
    }

    public PingOneApplicationEntry application() {
        return app;
    }

    /** The AIC form's values, each copied on its own; empty for the other targets. */
    public List<AicProvisioningConfig.Field> fields() {
        if (target.get() != Target.AIC) {
            return List.of();
        }
        try {
            return AicProvisioningConfig.fields(app);
        } catch (IntegrationException e) {
            return List.of();
        }
    }

    public void copyField(AicProvisioningConfig.Field field) {
        char[] value =
                field.isSecret() ? field.secret().reveal() : field.value().toCharArray();
        try {
            copier.copy(value);
            done.set(Messages.format("useWith.copiedField", field.label()));
        } finally {
            Arrays.fill(value, '\0');
        }
    }

    public void copyDocument() {
        GeneratedDocument document = document(choice());
        if (document == null) {
            return;
        }
        try {
            copier.copy(document.text());
            done.set(Messages.text(document.holdsSecret() ? "useWith.copiedClear" : "useWith.copied"));
        } finally {
            document.wipe();
        }
    }

    /**
     * Writes the document to {@code file} in the background, readable by its owner only; then
     * {@link #done} names the file, or {@code failed} gets why it was not written.
     */
    public void save(Path file, Consumer<Throwable> failed) {
        GeneratedDocument document = document(choice());
        if (document == null) {
            return;
        }
        boolean holdsSecret = document.holdsSecret();
        tasks.run(
                progress -> {
                    try {
                        return DocumentFiles.write(file, document);
                    } finally {
                        document.wipe();
                    }
                },
                Tasks.callbacks(
                        written -> done.set(
                                Messages.format(holdsSecret ? "useWith.savedClear" : "useWith.saved", written)),
                        failed));
    }

    private SecretChoice choice() {
        return withoutSecrets.get() ? SecretChoice.PLACEHOLDER : SecretChoice.INCLUDE;
    }

    private void refresh() {
        done.set(null);
        GeneratedDocument placeholders = document(SecretChoice.PLACEHOLDER);
        if (placeholders == null) {
            preview.set("");
            notes.set(List.of());
            return;
        }
        try {
            preview.set(new String(placeholders.text()));
            notes.set(placeholders.notes());
        } finally {
            placeholders.wipe();
        }
    }

    /** The chosen target's document, or null with {@link #error} set. */
    private GeneratedDocument document(SecretChoice secrets) {
        try {
            GeneratedDocument document = switch (target.get()) {
                case AIC -> AicProvisioningConfig.connectorJson(app, secrets);
                case CONDUCTORONE -> {
                    if (conductorOneClient.get() == null) {
                        throw new IntegrationException(Messages.text("useWith.needClient"));
                    }
                    yield ConductorOneConfig.manifests(app, conductorOneClient.get(), provisioning.get(), secrets);
                }
                case CLOUDFLARE -> CloudflareIdpConfig.body(app, null, List.of(), false, secrets);
                case PF_CONSOLE_OIDC -> PfConsoleOidcConfig.oidcProperties(app);
            };
            error.set(null);
            return document;
        } catch (IntegrationException e) {
            error.set(e.getMessage());
            return null;
        }
    }
}
