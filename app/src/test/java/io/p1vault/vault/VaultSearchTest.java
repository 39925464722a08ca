package io.p1vault.vault;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import io.p1vault.model.UnknownEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class VaultSearchTest {
    private static final String ENV = "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90";

    private final PingOneApplicationEntry billing = app("Billing worker (PROD)", "billing-secret-xyz");
    private final GatewayCredentialEntry gateway = gateway("prod-eu gateway");
    private final PingFederateServerEntry server = server("pf-admin-01.example.com");
    private final AgeIdentityEntry identity = identity("istanbul office key");
    private final PingOneApplicationEntry staging = app("staging portal", "other-secret");
    private final List<Entry> vault = List.of(billing, gateway, server, identity, staging);

    @Test
    void matchesNameSubstringIgnoringCaseInVaultOrder() {
        assertThat(VaultSearch.filter(vault, "prod")).containsExactly(billing, gateway);
        assertThat(VaultSearch.filter(vault, "PROD-EU")).containsExactly(gateway);
        assertThat(VaultSearch.filter(vault, "Admin-01.EXAMPLE")).containsExactly(server);
    }

    @Test
    void keepsVaultOrderRatherThanSorting() {
        List<Entry> reversed = List.of(staging, identity, server, gateway, billing);
        assertThat(VaultSearch.filter(reversed, "o")).containsExactly(staging, identity, server, gateway, billing);
    }

    @Test
    void findsAMatchRightAfterAPartialOne() {
        PingFederateServerEntry twice = server("pf-pf-admin");
        assertThat(VaultSearch.filter(List.of(twice), "pf-admin")).containsExactly(twice);
        assertThat(VaultSearch.filter(List.of(twice), "pf-ad")).containsExactly(twice);
        assertThat(VaultSearch.filter(List.of(twice), "pf-pf-pf")).isEmpty();
    }

    @Test
    void foldsCaseBeyondAscii() {
        PingOneApplicationEntry accented = app("Équipe Zürich", "s");
        assertThat(VaultSearch.filter(List.of(accented, billing), "équipe zÜRICH"))
                .containsExactly(accented);
    }

    @Test
    void matchesKindDisplayName() {
        assertThat(VaultSearch.filter(vault, "pingone application")).containsExactly(billing, staging);
        assertThat(VaultSearch.filter(vault, "PingFederate SERVER")).containsExactly(server);
        assertThat(VaultSearch.filter(vault, "gateway credential")).containsExactly(gateway);
    }

    @Test
    void matchesNotes() {
        server.setNotes("Rotated by the Tuesday change window");
        assertThat(VaultSearch.filter(vault, "tuesday")).containsExactly(server);
    }

    @Test
    void neverSearchesSecretsOrOtherFields() {
        assertThat(VaultSearch.filter(vault, "billing-secret")).isEmpty();
        assertThat(VaultSearch.filter(vault, ENV)).isEmpty();
        assertThat(VaultSearch.filter(vault, "client-1")).isEmpty();
    }

    @Test
    void blankQueryMatchesEverythingAndSpacesAroundAreIgnored() {
        assertThat(VaultSearch.filter(vault, "")).containsExactlyElementsOf(vault);
        assertThat(VaultSearch.filter(vault, "   ")).containsExactlyElementsOf(vault);
        assertThat(VaultSearch.filter(vault, null)).containsExactlyElementsOf(vault);
        assertThat(VaultSearch.filter(vault, "  staging ")).containsExactly(staging);
    }

    @Test
    void noMatchWhenQueryIsLongerThanEveryField() {
        assertThat(VaultSearch.filter(vault, "staging portal, but with a much longer name than any field"))
                .isEmpty();
        assertThat(VaultSearch.filter(vault, "portalx")).isEmpty();
    }

    @Test
    void entryOfUnknownKindMatchesByNameAndKindId() {
        UnknownEntry future = new UnknownEntry();
        future.setKind("pingone-davinci-flow");
        future.setName("Signup flow");
        List<Entry> withFuture = List.of(billing, future);
        assertThat(VaultSearch.filter(withFuture, "davinci")).containsExactly(future);
        assertThat(VaultSearch.filter(withFuture, "SIGNUP")).containsExactly(future);
    }

    @Test
    void entryWithoutNameOrNotesDoesNotBreakTheSearch() {
        UnknownEntry bare = new UnknownEntry();
        assertThat(VaultSearch.filter(List.of(bare, billing), "billing")).containsExactly(billing);
    }

    @Test
    void caseFoldingDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // In Turkish, "I".toLowerCase() is a dotless ı, so a default-locale lower-casing misses these.
            assertThat(VaultSearch.filter(vault, "ISTANBUL")).containsExactly(identity);
            assertThat(VaultSearch.filter(vault, "BILLING")).containsExactly(billing);
        } finally {
            Locale.setDefault(before);
        }
    }

    private static PingOneApplicationEntry app(String name, String secret) {
        return new PingOneApplicationEntry(
                name, "worker", ENV, PingOneRegion.EUROPE, "client-1", Secret.of(secret.toCharArray()));
    }

    private static GatewayCredentialEntry gateway(String name) {
        GatewayClaims claims = new GatewayClaims();
        claims.environmentId = ENV;
        claims.gatewayName = "PF cluster";
        return new GatewayCredentialEntry(name, Secret.of("a.b.c".toCharArray()), claims);
    }

    private static PingFederateServerEntry server(String name) {
        return new PingFederateServerEntry(
                name, "https://pf.example.com:9999", "administrator", Secret.of("pw".toCharArray()));
    }

    private static AgeIdentityEntry identity(String name) {
        return new AgeIdentityEntry(name, Secret.of("AGE-SECRET-KEY-1QQQ".toCharArray()), "age1qqq");
    }
}
