package io.p1vault.desktop;

import io.p1vault.desktop.ClipboardHints.NativeFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClipboardHintsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Windows 11 | ExcludeClipboardContentFromMonitorProcessing CanIncludeInClipboardHistory CanUploadToCloudClipboard",
                "Windows Server 2022 | ExcludeClipboardContentFromMonitorProcessing CanIncludeInClipboardHistory CanUploadToCloudClipboard",
                "Mac OS X | org.nspasteboard.ConcealedType",
                "Linux | x-kde-passwordManagerHint",
                "FreeBSD | x-kde-passwordManagerHint"
            })
    void eachSystemGetsItsOwnFormats(String os, String names) {
        assertThat(ClipboardHints.forSystem(os).stream().map(NativeFormat::name))
                .containsExactlyElementsOf(Arrays.asList(names.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CanIncludeInClipboardHistory", "CanUploadToCloudClipboard"})
    void windowsSaysNoWithADwordZero(String name) {
        NativeFormat format = ClipboardHints.forSystem("Windows 10").stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(format.value()).containsExactly(0, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Mac OS X", "Linux"})
    void aConcealedOrPasswordHintCarriesData(String os) {
        List<NativeFormat> formats = ClipboardHints.forSystem(os);
        assertThat(formats).singleElement().satisfies(f -> assertThat(f.value()).isNotEmpty());
    }
}
