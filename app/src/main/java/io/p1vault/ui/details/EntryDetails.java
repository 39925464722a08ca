package io.p1vault.ui.details;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.ui.base.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the detail form shows for an entry, as labelled rows in sections, without Swing: one view
 * renders every kind. Secret rows carry no value; the view reveals or copies from the entry.
 */
public final class EntryDetails {
    public enum Style {
        TEXT,
        CODE,
        SECRET,
        WARNING,
        NOTE,
        COPYABLE_CODE
    }

    private static final int MAX_SHOWN_RECIPIENT = 100;
    private static final int RECIPIENT_HEAD = 24;
    private static final int RECIPIENT_TAIL = 8;

    public record Row(String label, String value, Style style) {}

    public record Section(String title, List<Row> rows) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.getDefault())
            .withZone(ZoneId.systemDefault());

    private final List<Section> sections = new ArrayList<>();
    private List<Row> rows;

    private EntryDetails() {}

    public static List<Section> of(Entry entry) {
        EntryDetails d = new EntryDetails();
        d.section(null);
        if (entry instanceof GatewayCredentialEntry c) {
            d.row("field.credential", null, Style.SECRET);
        } else if (entry instanceof PingOneApplicationEntry a) {
            d.row("field.type", Messages.text("appType." + a.getType()), Style.TEXT);
            d.row("field.clientId", a.getClientId(), Style.CODE);
            d.row("field.clientSecret", null, Style.SECRET);
            d.row("field.environmentId", a.getEnvironmentId(), Style.CODE);
            d.row("field.region", region(a.getRegion()), Style.TEXT);
            d.row("field.authMethod", Messages.text("authMethod." + a.getTokenAuthMethod()), Style.TEXT);
            d.row("field.tokenUrl", a.tokenUrl(), Style.CODE);
            d.row("field.apiUrl", a.apiUrl(), Style.CODE);
        } else if (entry instanceof PingFederateServerEntry s) {
            d.row("field.adminUrl", s.getAdminUrl(), Style.CODE);
            d.row("field.username", s.getUsername(), Style.CODE);
            d.row("field.password", null, Style.SECRET);
            if (!s.getCertificatePins().isEmpty()) {
                d.row(
                        "field.pinned",
                        String.join(
                                "\n",
                                s.getCertificatePins().stream()
                                        .map(CertificatePin::describe)
                                        .toList()),
                        Style.CODE);
            }
            d.row("field.lastVersion", s.getLastVersion(), Style.TEXT);
        } else if (entry instanceof ClientCredentialsEntry c) {
            d.row("field.clientId", c.getClientId(), Style.CODE);
            d.row("field.clientSecret", null, Style.SECRET);
            d.row("field.tokenUrl", c.getTokenUrl(), Style.CODE);
        } else if (entry instanceof AgeIdentityEntry i) {
            d.row("field.recipient", shortRecipient(i.getRecipient()), Style.COPYABLE_CODE);
            d.row("field.secretKey", null, Style.SECRET);
        } else {
            d.row("field.kind", entry.getKind(), Style.CODE);
            boolean unreadable = entry instanceof UnknownEntry u && u.isUnreadable();
            d.row(
                    "field.unknownKind",
                    Messages.text(unreadable ? "details.unreadable" : "details.unknownKind"),
                    Style.NOTE);
        }
        d.row("field.notes", entry.getNotes(), Style.TEXT);
        // An entry read from the vault that breaks the entry rules opens all the same, marked with why.
        EntryRules.check(entry)
                .forEach(v -> d.rows.add(new Row(Messages.text("field.problem"), v.toString(), Style.WARNING)));
        d.row("field.created", when(entry.getCreatedAt()), Style.TEXT);
        d.row("field.modified", when(entry.getModifiedAt()), Style.TEXT);
        if (entry instanceof GatewayCredentialEntry c) {
            d.claims(c.getClaims());
            d.deployments(c);
        }
        d.sections.removeIf(s -> s.rows().isEmpty());
        return d.sections;
    }

    /**
     * A recipient as shown to the eye: whole when short (X25519), else its start and end, since a
     * post-quantum one runs to about 1,960 characters; Copy always takes the whole of it.
     */
    public static String shortRecipient(String recipient) {
        if (recipient == null || recipient.length() <= MAX_SHOWN_RECIPIENT) {
            return recipient;
        }
        return Messages.format(
                "recipient.abbreviated",
                recipient.substring(0, RECIPIENT_HEAD),
                recipient.substring(recipient.length() - RECIPIENT_TAIL),
                recipient.length());
    }

    /** The decoded claims of a credential, also shown before a pasted one is saved. */
    public static List<Row> claims(GatewayClaims c, List<String> warnings) {
        EntryDetails d = new EntryDetails();
        d.section(null);
        d.claimRows(c);
        warnings.forEach(w -> d.rows.add(new Row(Messages.text("field.warning"), w, Style.WARNING)));
        return d.rows;
    }

    private void claims(GatewayClaims c) {
        section("details.claims");
        if (c != null) {
            claimRows(c);
        }
    }

    private void claimRows(GatewayClaims c) {
        row("field.gatewayName", c.gatewayName, Style.TEXT);
        row("field.gatewayType", c.gatewayType, Style.CODE);
        row("field.environmentName", c.environmentName, Style.TEXT);
        row("field.environmentId", c.environmentId, Style.CODE);
        row("field.region", c.region == null ? Messages.text("details.regionUnknown") : region(c.region), Style.TEXT);
        row("field.organizationId", c.organizationId, Style.CODE);
        row("field.gatewayId", c.gatewayId, Style.CODE);
        row("field.jti", c.jti, Style.CODE);
        row("field.issued", when(c.iat), Style.TEXT);
    }

    private void deployments(GatewayCredentialEntry c) {
        section("details.deployments");
        if (c.getDeployments().isEmpty()) {
            rows.add(new Row(Messages.text("field.status"), Messages.text("details.unused"), Style.WARNING));
            return;
        }
        for (Deployment dep : c.getDeployments()) {
            String where = Messages.format(
                            "details.deployment",
                            nonNull(dep.serverName),
                            nonNull(dep.connectionName),
                            nonNull(dep.connectionId),
                            nonNull(dep.state),
                            dep.at == null ? "" : when(dep.at))
                    + (Deployment.REPLICATION_PENDING.equals(dep.replication)
                            ? Messages.text("details.replicationPending")
                            : dep.replicatedAt != null
                                    ? Messages.format("details.replicated", when(dep.replicatedAt))
                                    : "");
            rows.add(new Row(Messages.text("field.deployedTo"), where, Style.TEXT));
        }
    }

    private static String nonNull(String s) {
        return s == null ? "?" : s;
    }

    private static String region(String tld) {
        return PingOneRegion.fromTld(tld)
                .map(r -> r.displayName() + " (" + r.tld() + ")")
                .orElse(tld);
    }

    public static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }

    private void section(String titleKey) {
        rows = new ArrayList<>();
        sections.add(new Section(titleKey == null ? null : Messages.text(titleKey), rows));
    }

    private void row(String labelKey, String value, Style style) {
        if (value != null || style == Style.SECRET) {
            rows.add(new Row(Messages.text(labelKey), value, style));
        }
    }
}
