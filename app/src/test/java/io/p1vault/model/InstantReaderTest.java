package io.p1vault.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vault reads every instant exactly as Jackson's own reading does, whether it is in the form
 * p1vault writes (read directly) or any other (handed to Jackson), and refuses the same ones.
 */
class InstantReaderTest {
    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "\"2026-12-06T20:38:04.922194016Z\"",
                "\"2026-12-06T20:38:04Z\"",
                "\"2026-12-06T20:38:04.9Z\"",
                "\"2026-12-06T20:38:04.120Z\"",
                "\"0001-01-01T00:00:00Z\"",
                "\"9999-12-31T23:59:59.999999999Z\"",
                "\"2024-02-29T12:00:00Z\"",
                "\"2026-12-06T20:38:04+01:00\"",
                "\"2026-12-06T23:59:60Z\"",
                "1765053484",
                "1765053484.5",
                "\"2026-02-30T20:38:04Z\"",
                "\"2026-13-06T20:38:04Z\"",
                "\"2026-12-06T24:00:00Z\"",
                "\"2026-12-06T20:38:04.Z\"",
                "\"2026-12-06T20:38:04.1234567890Z\"",
                "\"2026-12-06 20:38:04Z\"",
                "\"2026-12-06T20:38:0xZ\"",
                "\"+2026-12-06T20:38:04Z\"",
                "\"2026-12-06T20:38:04z\""
            })
    void readsOrRefusesAsJacksonDoes(String json) {
        assertThat(outcome(VaultJson.mapper(), json)).isEqualTo(outcome(JACKSON, json));
    }

    @Test
    void readsTheFormP1vaultWritesItself() {
        assertThat(InstantReader.asWritten("2026-12-06T20:38:04.922194016Z"))
                .isEqualTo(Instant.parse("2026-12-06T20:38:04.922194016Z"));
        assertThat(InstantReader.asWritten("2026-12-06T20:38:04+01:00")).isNull();
    }

    /** The instant read, or "refused". */
    private static Object outcome(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, Instant.class);
        } catch (Exception e) {
            return "refused";
        }
    }
}
