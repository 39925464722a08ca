package io.p1vault.runproperties;

import io.p1vault.storage.WriteResult;
import io.p1vault.testing.KillHarness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link RunPropertiesKillTest}: sets the PingOne environment ID back and
 * forth through the service, as the CLI does, until it is killed.
 */
public final class RunPropertiesRewriteLoop {
    static final List<String> IDS =
            List.of("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222");

    private RunPropertiesRewriteLoop() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        RunPropertiesService service = new RunPropertiesService();
        for (int n = 0; ; n++) {
            LoadedRunProperties loaded = service.load(file);
            // the other ID than the file has, so every save changes something
            String next = IDS.get(0)
                            .equals(loaded.document()
                                    .get(KnownSetting.PINGONE_ENVIRONMENT_ID.key())
                                    .orElse(""))
                    ? IDS.get(1)
                    : IDS.get(0);
            ChangePlan plan = service.plan(loaded, List.of(Edit.set(KnownSetting.PINGONE_ENVIRONMENT_ID.key(), next)));
            WriteResult result = service.write(plan).orElseThrow();
            // keep the folder small: one timestamped backup per save would pile up
            Files.delete(result.backup().orElseThrow());
            if (n == 0) {
                System.out.println(KillHarness.READY);
                System.out.flush();
            }
        }
    }
}
