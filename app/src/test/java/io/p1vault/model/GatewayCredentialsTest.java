package io.p1vault.model;

import io.p1vault.TestCredentials;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayCredentialsTest {
    @Test
    void decodesClaimsAndRegionAndIgnoresWhitespaceAndLineBreaks() throws Exception {
        String jwt = TestCredentials.jwt(
                "PING_FEDERATE",
                "11112222-3333-4444-5555-666677778888",
                "https://auth.pingone.com.au/as",
                "c2lnbmF0dXJl");
        String pasted =
                "  " + jwt.substring(0, 30) + "\r\n" + jwt.substring(30, 80) + "\n\t" + jwt.substring(80) + "\n";
        GatewayCredentials.Parsed parsed = GatewayCredentials.parse(pasted.toCharArray());
        assertThat(new String(parsed.credential().reveal())).isEqualTo(jwt);
        GatewayClaims c = parsed.claims();
        assertThat(c.environmentId).isEqualTo("3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90");
        assertThat(c.jti).isEqualTo("11112222-3333-4444-5555-666677778888");
        assertThat(c.gatewayType).isEqualTo("PING_FEDERATE");
        assertThat(c.environmentName).isEqualTo("Production");
        assertThat(c.region).isEqualTo("com.au");
        assertThat(c.iat).hasToString("2025-01-01T00:00:00Z");
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void otherGatewayTypeIsAcceptedWithAWarning() throws Exception {
        String jwt =
                TestCredentials.jwt("LDAP", "11112222-3333-4444-5555-666677778888", "https://auth.pingone.com", "c2ln");
        GatewayCredentials.Parsed parsed = GatewayCredentials.parse(jwt.toCharArray());
        assertThat(parsed.warnings())
                .singleElement()
                .asString()
                .contains("LDAP")
                .contains("PingFederate will refuse it");
        assertThat(parsed.claims().region).isEqualTo("com");
    }

    @Test
    void unknownAudienceLeavesRegionOpenWithAWarning() throws Exception {
        String jwt = TestCredentials.jwt(
                "PING_FEDERATE", "11112222-3333-4444-5555-666677778888", "https://example.org", "c2ln");
        GatewayCredentials.Parsed parsed = GatewayCredentials.parse(jwt.toCharArray());
        assertThat(parsed.claims().region).isNull();
        assertThat(parsed.warnings()).anyMatch(w -> w.contains("region"));
    }

    @Test
    void garbageIsRefusedWithTheReasonAndWithoutEchoingIt() {
        String good = TestCredentials.pingFederate("CANARY-signature");
        String[][] cases = {
            {"", "empty"},
            {"hello world", "three parts"},
            {"a.b.c.d", "three parts"},
            {"e30.e30.sig!", "characters a JWT cannot have"},
            {"%%%." + good.split("\\.")[1] + ".sig", "characters a JWT cannot have"},
            {"bm90anNvbg." + good.split("\\.")[1] + ".sig", "header cannot be decoded"},
            {"e30." + good.split("\\.")[1] + ".sig", "no signing algorithm"},
            {good.split("\\.")[0] + ".bm90anNvbg.sig", "payload cannot be decoded"},
            {good.split("\\.")[0] + ".e30.sig", "gateway type"},
            {good.split("\\.")[0] + "." + good.split("\\.")[1] + ".", "no signature"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> GatewayCredentials.parse(c[0].toCharArray()))
                    .as(c[0])
                    .isInstanceOf(InvalidEntryException.class)
                    .hasMessageContaining(c[1])
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("CANARY"));
        }
    }
}
