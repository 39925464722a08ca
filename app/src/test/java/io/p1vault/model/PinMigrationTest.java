package io.p1vault.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins saved before per-host pins existed become pins for the admin URL's host and port. */
class PinMigrationTest {
    private static final String OLD_PIN = "AB:".repeat(31) + "AB";

    private static VaultDocument read(String json) throws IOException {
        return VaultJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String write(VaultDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaultJson.write(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String server(String fields) {
        return "{\"format\":\"p1vault\",\"version\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"entries\":[{"
                + "\"id\":\"6f1d2a3b-0000-4000-8000-000000000001\",\"kind\":\"pingfederate-server\",\"name\":\"pf\","
                + "\"createdAt\":\"2026-01-01T00:00:00Z\"," + fields + "}]}";
    }

    @Test
    void oldPinsMoveToTheAdminUrlsHostAndPortAndUnknownFieldsSurvive() throws IOException {
        VaultDocument doc = read(server("\"pinnedCertificates\":[\"" + OLD_PIN + "\"],"
                + "\"adminUrl\":\"https://PF.example.com:9999\",\"futureField\":{\"x\":1}"));

        PingFederateServerEntry pf = (PingFederateServerEntry) doc.entries.get(0);
        assertThat(pf.getCertificatePins()).singleElement().satisfies(pin -> {
            assertThat(pin.endpoint).isEqualTo("pf.example.com:9999");
            assertThat(pin.certificateSha256).isEqualTo(OLD_PIN);
            assertThat(pin.matches("pf.example.com:9999", null, OLD_PIN)).isTrue();
            assertThat(pin.matches("other.example.com:9999", null, OLD_PIN))
                    .as("another host")
                    .isFalse();
        });
        String saved = write(doc);
        assertThat(saved)
                .contains("\"certificatePins\"")
                .doesNotContain("pinnedCertificates")
                .contains("\"futureField\"");
        assertThat(((PingFederateServerEntry) read(saved).entries.get(0)).getCertificatePins())
                .isEqualTo(pf.getCertificatePins());
    }

    @Test
    void defaultPortIsNamedSoTheSamePlaceMatches() throws IOException {
        VaultDocument doc =
                read(server("\"adminUrl\":\"https://pf.example.com/\",\"pinnedCertificates\":[\"" + OLD_PIN + "\"]"));

        assertThat(((PingFederateServerEntry) doc.entries.get(0)).getCertificatePins())
                .extracting(p -> p.endpoint)
                .containsExactly("pf.example.com:443");
    }
}
