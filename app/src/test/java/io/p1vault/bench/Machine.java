package io.p1vault.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a benchmark ran on, for its header: the ratios to the peers move with the processor
 * (on a slower host `age -d` lost more to page faults than we did, and the window's start more
 * than the floor frame's), so a figure is only comparable with figures from the same host.
 */
final class Machine {
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    private Machine() {}

    /** E.g. "2 cores, AMD EPYC"; only the core count where the processor's name is not known. */
    static String describe() {
        String cpuinfo;
        try {
            cpuinfo = Files.isReadable(CPUINFO) ? Files.readString(CPUINFO) : "";
        } catch (IOException e) {
            cpuinfo = "";
        }
        return describe(Runtime.getRuntime().availableProcessors(), cpuinfo);
    }

    /** The description from a core count and the text of {@code /proc/cpuinfo} (may be empty). */
    static String describe(int cores, String cpuinfo) {
        String cpus = cores + (cores == 1 ? " core" : " cores");
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals("model name")) {
                String model = line.substring(colon + 1)
                        .replaceAll("[^\\x20-\\x7e]", "")
                        .strip();
                return model.isEmpty() ? cpus : cpus + ", " + model;
            }
        }
        return cpus;
    }
}
