package io.p1vault.runproperties;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Edits worked out but not yet written: show {@link #diff()} (and {@link #warnings()}), then
 * pass the plan to {@link RunPropertiesService#write}.
 *
 * @param loaded   the file the edits apply to
 * @param newBytes the complete new content
 * @param expected every key and value PingFederate will read from the new content
 * @param diff     unified diff from the old to the new content ({@code ""} if nothing changes)
 * @param warnings one line each
 */
public record ChangePlan(
        LoadedRunProperties loaded, byte[] newBytes, Map<String, String> expected, String diff, List<String> warnings) {

    public boolean hasChanges() {
        return !Arrays.equals(loaded.bytes(), newBytes);
    }
}
