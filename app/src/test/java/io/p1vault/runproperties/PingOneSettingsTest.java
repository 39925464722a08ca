package io.p1vault.runproperties;

import io.p1vault.model.PingOneRegion;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PingOneSettingsTest {
    private static final String ID = "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11";

    @Test
    void parsesUserInputIntoTheTwoEdits() throws InvalidSettingException {
        PingOneSettings settings = PingOneSettings.parse("com.au", ID.toUpperCase(Locale.ROOT));

        assertThat(settings).isEqualTo(new PingOneSettings(PingOneRegion.AUSTRALIA, UUID.fromString(ID)));
        assertThat(settings.edits())
                .containsExactly(
                        Edit.set("pf.pingone.admin.url.region", "com.au"),
                        Edit.set("pf.pingone.admin.url.environment.id", ID));
    }

    @Test
    void refusesUnknownRegionsAndLooseUuids() {
        assertThatThrownBy(() -> PingOneSettings.parse("us", ID))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("\"us\" is not a PingOne region; valid values are com (North America)");
        assertThatThrownBy(() -> PingOneSettings.parse("eu", "1-2-3-4-5"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("\"1-2-3-4-5\" is not an environment ID");
    }
}
