package io.p1vault.bench;

import io.p1vault.TestCredentials;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.GatewayCredentials;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import io.p1vault.model.VaultDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Vault entries shaped like a real admin's, made reproducibly: 30% gateway credentials (~900-char
 * RS256 JWTs parsed into claims, with one or two deployments), 40% PingOne applications (worker
 * or OIDC, with scopes and redirect URIs), 20% PingFederate servers (basic or OAuth, a pinned
 * certificate), 10% age identities; about a third carry a note. Built directly rather than
 * through {@code VaultEditor}, whose per-add name check scans the vault (quadratic at 100 000).
 */
final class RealisticEntries {
    private static final String[] SYSTEMS = {
        "billing",
        "payroll",
        "crm",
        "hr-portal",
        "sso",
        "partner-api",
        "mobile",
        "warehouse",
        "analytics",
        "support",
        "identity-hub",
        "checkout"
    };
    private static final String[] STAGES = {"prod", "staging", "dev", "test", "dr"};
    private static final String[] PEOPLE = {"Ana", "Bjorn", "Chen", "Dara", "Emeka", "Fatima", "Goran", "Hiroko"};
    private static final String[] NOTES = {
        "Rotated in the quarterly change window; ticket CHG-%d. Ask the IAM on-call before touching it.",
        "Owned by team %d. Used by the nightly sync job and the partner onboarding flow.",
        "Temporary credential for the migration, remove after cut-over (planned for sprint %d).",
        "Break-glass account. The password is also in the sealed envelope in safe %d."
    };
    private static final String B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private final Random random;

    private RealisticEntries(long seed) {
        this.random = new Random(seed);
    }

    /** A document of {@code count} entries, each with the history record its addition leaves. */
    static VaultDocument document(int count) throws InvalidEntryException {
        RealisticEntries maker = new RealisticEntries(count);
        VaultDocument doc = VaultDocument.empty();
        Instant at = doc.createdAt;
        for (int i = 0; i < count; i++) {
            Entry entry = maker.entry(i);
            doc.entries.add(entry);
            doc.history.add(new HistoryRecord(
                    at.plusSeconds(i), "add", entry.getId(), entry.getKind() + " \"" + entry.getName() + "\""));
        }
        return doc;
    }

    private Entry entry(int i) throws InvalidEntryException {
        Entry entry = switch (i % 10) {
            case 0, 1, 2 -> gateway(i);
            case 3, 4, 5, 6 -> application(i);
            case 7, 8 -> server(i);
            default -> identity(i);
        };
        if (random.nextInt(3) == 0) {
            entry.setNotes(String.format(pick(NOTES), 1000 + random.nextInt(9000)));
        }
        return entry;
    }

    private GatewayCredentialEntry gateway(int i) throws InvalidEntryException {
        PingOneRegion region = region();
        java.util.Map<String, Object> claims = TestCredentials.claims(uuid());
        claims.put("environmentId", uuid());
        claims.put("aud", new String[] {"https://auth.pingone." + region.tld()});
        String jwt = TestCredentials.jwt(claims, chars(B64URL, 342));
        GatewayCredentials.Parsed parsed = GatewayCredentials.parse(jwt.toCharArray());
        String name = String.format("%s %s gateway %s %05d", pick(STAGES), region.tld(), pick(SYSTEMS), i);
        GatewayCredentialEntry entry = new GatewayCredentialEntry(name, parsed.credential(), parsed.claims());
        List<Deployment> deployments = new ArrayList<>();
        for (int d = 0, n = 1 + random.nextInt(2); d < n; d++) {
            Deployment deployment = new Deployment();
            deployment.serverId = UUID.fromString(uuid());
            deployment.serverName = String.format("pf-admin-%02d.%s.example.com", d + 1, pick(STAGES));
            deployment.connectionId = uuid();
            deployment.connectionName = "PingOne " + name;
            deployment.credentialId = uuid();
            deployment.at = parsed.claims().iat.plusSeconds(random.nextInt(86_400 * 30));
            deployment.state = d + 1 == n ? "active" : "replaced";
            deployments.add(deployment);
        }
        entry.setDeployments(deployments);
        return entry;
    }

    private PingOneApplicationEntry application(int i) {
        boolean oidc = random.nextInt(3) == 0;
        String system = pick(SYSTEMS);
        String stage = pick(STAGES);
        PingOneRegion region = region();
        PingOneApplicationEntry entry = new PingOneApplicationEntry(
                String.format("%s-%s-%05d (%s, %s)", system, oidc ? "web" : "worker", i, stage, region.tld()),
                oidc ? "oidc" : "worker",
                uuid(),
                region,
                uuid(),
                secret(64));
        entry.setTokenAuthMethod(random.nextBoolean() ? "basic" : "post");
        if (oidc) {
            entry.setGrantType("authorization_code");
            entry.setScopes(List.of("openid", "profile", "email", "offline_access"));
            entry.setRedirectUris(List.of(
                    "https://" + system + "." + stage + ".example.com/oauth2/callback",
                    "https://" + system + "." + stage + ".example.com/logout"));
        } else {
            entry.setScopes(List.of("p1:read:user", "p1:update:user", "p1:read:env:population"));
        }
        return entry;
    }

    private PingFederateServerEntry server(int i) {
        String stage = pick(STAGES);
        String host = String.format("pf-admin-%05d.%s.example.com", i, stage);
        PingFederateServerEntry entry = new PingFederateServerEntry(
                host, "https://" + host + ":9999", "administrator", secret(random.nextBoolean() ? 20 : 48));
        if (random.nextInt(4) == 0) {
            entry.setAuthType("oauth2");
            entry.setClientId("pf-admin-api-" + stage);
            entry.setTokenUrl("https://sso." + stage + ".example.com/as/token.oauth2");
        }
        entry.setCertificatePins(List.of(CertificatePin.ofKey(host + ":9999", chars("0123456789abcdef", 64))));
        entry.setLastVersion("12." + random.nextInt(3) + "." + random.nextInt(6));
        return entry;
    }

    private AgeIdentityEntry identity(int i) {
        // Same shape and size as a generated X25519 identity, without 10 000 key generations.
        Secret key = Secret.of(("AGE-SECRET-KEY-1" + chars(BECH32, 58).toUpperCase()).toCharArray());
        return new AgeIdentityEntry(
                String.format("%s's support key %05d", pick(PEOPLE), i), key, "age1" + chars(BECH32, 58));
    }

    /** A region a new entry could get: not the deprecated {@code asia}. */
    private PingOneRegion region() {
        PingOneRegion region;
        do {
            region = PingOneRegion.values()[random.nextInt(PingOneRegion.values().length)];
        } while (region.deprecated());
        return region;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private Secret secret(int length) {
        return Secret.of(chars(SECRET_CHARS, length).toCharArray());
    }

    private String chars(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
