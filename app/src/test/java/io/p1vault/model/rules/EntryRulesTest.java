package io.p1vault.model.rules;

import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry rules, case by case, and as properties over random text. */
class EntryRulesTest {
    static final String ENV = "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90";

    private static PingOneApplicationEntry app() {
        return new PingOneApplicationEntry(
                "app", "worker", ENV, PingOneRegion.EUROPE, "client", Secret.of("s".toCharArray()));
    }

    private static PingFederateServerEntry server() {
        return new PingFederateServerEntry("pf", "https://pf.example.com:9999", "admin", Secret.of("pw".toCharArray()));
    }

    private static ClientCredentialsEntry client() {
        return new ClientCredentialsEntry("cc", "c", Secret.of("s".toCharArray()), "https://t.example.com/t");
    }

    private static <E extends Entry> Arguments broken(String what, E entry, Consumer<E> breakIt, String field) {
        breakIt.accept(entry);
        return Arguments.of(what, entry, field);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                broken(
                        "terminal escapes in a name",
                        client(),
                        e -> e.setName("evil\u001b]0;pwned\u0007\u001b[2Jx"),
                        "name"),
                broken("a 100,000-character name", client(), e -> e.setName("n".repeat(100_000)), "name"),
                broken("a right-to-left override in a name", client(), e -> e.setName("a\u202etxt.exe"), "name"),
                broken("an empty name", client(), e -> e.setName(" "), "name"),
                broken("escape sequences in notes", client(), e -> e.setNotes("a\u001b[2Jb"), "notes"),
                broken(
                        "notes over the limit",
                        client(),
                        e -> e.setNotes("x".repeat(EntryRules.MAX_NOTES + 1)),
                        "notes"),
                broken(
                        "an http token URL (the secret is sent there)",
                        client(),
                        e -> e.setTokenUrl("http://t.example.com/t"),
                        "tokenUrl"),
                broken(
                        "an http admin URL (the password is sent there)",
                        server(),
                        e -> e.setAdminUrl("http://pf.example.com"),
                        "url"),
                broken("a bell in a client ID", client(), e -> e.setClientId("c\u0007"), "clientId"),
                broken(
                        "an environment ID that is not a UUID",
                        app(),
                        e -> e.setEnvironmentId("env-1"),
                        "environmentId"),
                broken("an unknown region", app(), e -> e.setRegion("mars"), "region"),
                broken("an unknown application type", app(), e -> e.setType("saml"), "type"),
                broken("a line break in a scope", app(), e -> e.setScopes(List.of("a\nb")), "scopes[0]"),
                broken(
                        "too many redirect URIs",
                        app(),
                        e -> e.setRedirectUris(java.util.Collections.nCopies(201, "https://x")),
                        "redirectUris"),
                broken("a timeout of an hour", server(), e -> e.setReadTimeoutSeconds(3600), "readTimeoutSeconds"),
                broken("no user name for basic authentication", server(), e -> e.setUsername(null), "username"),
                broken("an empty secret", client(), e -> e.setClientSecret(Secret.of(new char[0])), "clientSecret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenRuleIsNamedByItsField(String what, Entry entry, String field) {
        List<Violation> violations = EntryRules.check(entry);
        assertThat(violations).extracting(Violation::field).containsExactly(field);
        assertThat(violations.get(0).toString()).doesNotContain("\n").startsWith(field + ": ");
    }

    @Test
    void entriesAsAddMakesThemKeepEveryRule() {
        assertThat(EntryRules.check(app())).isEmpty();
        assertThat(EntryRules.check(server())).isEmpty();
        assertThat(EntryRules.check(client())).isEmpty();
    }

    @Test
    void anHtmlNameIsTextLikeAnyOther() {
        ClientCredentialsEntry e = client();
        e.setName("<html><img src=\"http://127.0.0.1:9/x.png\">hi");
        assertThat(EntryRules.check(e)).isEmpty();
    }

    /** Property: a name is accepted exactly when, stripped, it is 1 to 200 characters none of which is invisible. */
    @Test
    void nameRuleOnRandomText() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String alphabet = "ab <>&\"\u00e9\u001b\u0007\n\t\r\u007f\u009b\u202e\u200b\u2028\ud83d\ude00";
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(random.nextInt(10) == 0 ? 400 : 12);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = s.toString();
            String stripped = name.strip();
            boolean valid = !stripped.isEmpty()
                    && stripped.length() <= EntryRules.MAX_NAME
                    && stripped.chars().noneMatch(c -> VisibleText.isInvisible((char) c));
            ClientCredentialsEntry e = client();
            e.setName(name);
            assertThat(EntryRules.check(e).isEmpty())
                    .as("name \"%s\" (seed %d)", VisibleText.of(name), seed)
                    .isEqualTo(valid);
            String shown = VisibleText.of(name);
            assertThat(VisibleText.firstInvisible(shown)).as("seed %d", seed).isEqualTo(-1);
            if (VisibleText.firstInvisible(name) < 0) {
                assertThat(shown).isEqualTo(name);
            }
            assertThat(VisibleText.shortened(name, 40).length()).isLessThanOrEqualTo(40 * 6 + 30);
        }
    }
}
