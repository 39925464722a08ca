package io.p1vault.runproperties;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run.properties parser under Jazzer (the random-text test beside it, {@link PropertiesParserFuzzTest},
 * draws from a fixed alphabet; this one is guided by coverage): any bytes either parse into a document
 * that writes back byte for byte and reads as {@link java.util.Properties} reads them, or are refused
 * as Properties refuses them, within a second.
 */
@Tag("jazzer")
class RunPropertiesFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void anyFile(byte[] bytes) {
        long start = System.nanoTime();
        java.util.Map<String, String> expected;
        try {
            expected = PropertiesOracle.load(bytes);
        } catch (IllegalArgumentException malformed) {
            assertThatThrownBy(() -> PropertiesDocument.parse(bytes)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        PropertiesDocument document = PropertiesDocument.parse(bytes);
        assertThat(document.toBytes()).isEqualTo(bytes);
        assertThat(document.toMap()).isEqualTo(expected);
        assertThat(System.nanoTime() - start).as("nanoseconds for one file").isLessThan(1_000_000_000L);
    }
}
