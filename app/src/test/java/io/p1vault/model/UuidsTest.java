package io.p1vault.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UuidsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90",
                "3F2A9C1E-0B7D-4E58-9A61-2C4D8E7F1A90",
                "00000000-0000-0000-0000-000000000000",
                "ffffffff-FFFF-aaaa-AAAA-0123456789ab"
            })
    void acceptsTheCanonicalFormInEitherCase(String text) {
        assertThat(Uuids.isUuid(text)).isTrue();
        assertThat(UUID.fromString(text).toString()).isEqualToIgnoringCase(text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a9",
                "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a900",
                "3f2a9c1e0b7d-4e58-9a61-2c4d8e7f1a90-",
                "3f2a9c1e-0b7d-4e58-9a612-c4d8e7f1a90",
                "3f2a9c1g-0b7d-4e58-9a61-2c4d8e7f1a90",
                "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a9G",
                "3f2a9c1e_0b7d_4e58_9a61_2c4d8e7f1a90",
                "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a9\uff10",
                "{3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a9}",
                "CANARY-7f3e-not-a-uuid",
                "1-2-3-4-5"
            })
    void refusesEveryOtherText(String text) {
        assertThat(Uuids.isUuid(text)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(Uuids.isUuid(null)).isFalse();
    }
}
