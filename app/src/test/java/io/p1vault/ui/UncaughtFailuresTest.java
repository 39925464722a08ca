package io.p1vault.ui;

import io.p1vault.desktop.AppLog;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.SwingUtilities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UncaughtFailuresTest {
    @TempDir
    Path dir;

    @Test
    void anUncaughtExceptionIsLoggedWithItsTraceAndShownWithItsCause() throws Exception {
        AppLog.install(dir);
        List<Failure> shown = new ArrayList<>();
        UncaughtFailures handler = new UncaughtFailures(shown::add);
        NullPointerException failure = new NullPointerException("no entry");

        Thread worker = new Thread(
                () -> {
                    throw failure;
                },
                "worker-7");
        worker.setUncaughtExceptionHandler(handler);
        worker.start();
        worker.join();
        SwingUtilities.invokeAndWait(() -> {});

        assertThat(shown).singleElement().satisfies(f -> {
            assertThat(f.what()).isEqualTo(Messages.text("error.uncaught"));
            assertThat(f.cause()).isSameAs(failure);
            assertThat(f.trace())
                    .startsWith("java.lang.NullPointerException: no entry")
                    .contains("\tat ");
        });
        assertThat(Files.readString(dir.resolve(AppLog.FILE)))
                .contains("SEVERE io.p1vault.ui.UncaughtFailures: Uncaught exception in thread worker-7")
                .contains("java.lang.NullPointerException: no entry");
    }
}
