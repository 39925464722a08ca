package io.p1vault.runproperties;

import java.nio.file.Path;
import java.util.List;

/**
 * The known settings of a run.properties, in {@link KnownSetting} order, and everything the
 * user should be warned about (file-level warnings, then one per questionable setting).
 */
public record SettingsReport(Path file, List<SettingStatus> settings, List<String> warnings) {}
