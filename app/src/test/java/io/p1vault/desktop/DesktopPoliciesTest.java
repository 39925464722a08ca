package io.p1vault.desktop;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopPoliciesTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void idleLockCountsDownFromTheLastActivity() {
        IdleLock lock = new IdleLock(Duration.ofMinutes(5), T0);
        assertThat(lock.remaining(T0.plusSeconds(60))).contains(Duration.ofMinutes(4));
        assertThat(lock.due(T0.plusSeconds(299))).isFalse();
        lock.activity(T0.plusSeconds(200));
        assertThat(lock.due(T0.plusSeconds(301))).isFalse();
        assertThat(lock.due(T0.plusSeconds(500))).isTrue();
        assertThat(lock.remaining(T0.plusSeconds(900))).contains(Duration.ZERO);
        lock.setDelay(Duration.ZERO, T0);
        assertThat(lock.remaining(T0.plusSeconds(10_000))).isEmpty();
        assertThat(lock.due(T0.plusSeconds(10_000))).isFalse();
    }

    /** A clipboard and timer the test drives by hand. */
    static final class FakeBoard implements SecretClipboard.Board, SecretClipboard.Scheduler {
        String content = "";
        Runnable lost;
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void put(char[] text, Runnable lost) {
            content = new String(text);
            this.lost = lost;
        }

        @Override
        public boolean holds(char[] text) {
            return content.equals(new String(text));
        }

        @Override
        public void clear() {
            content = "";
        }

        @Override
        public Runnable schedule(Duration delay, Runnable task) {
            tasks.add(task);
            return () -> tasks.remove(task);
        }

        void fire() {
            new ArrayList<>(tasks).forEach(Runnable::run);
        }
    }

    @Test
    void clipboardIsClearedWhenItStillHoldsOurSecret() {
        FakeBoard board = new FakeBoard();
        SecretClipboard clipboard = new SecretClipboard(board, board);
        char[] secret = "s3cret".toCharArray();
        clipboard.copy(secret, Duration.ofSeconds(30));
        assertThat(board.content).isEqualTo("s3cret");
        assertThat(clipboard.pending()).isTrue();
        board.fire();
        assertThat(board.content).isEmpty();
        assertThat(clipboard.pending()).isFalse();
    }

    @Test
    void clipboardKeepsWhatTheUserCopiedLater() {
        FakeBoard board = new FakeBoard();
        SecretClipboard clipboard = new SecretClipboard(board, board);
        clipboard.copy("s3cret".toCharArray(), Duration.ofSeconds(30));
        board.lost.run();
        board.content = "user's own text";
        board.fire();
        assertThat(board.content).isEqualTo("user's own text");
    }

    @Test
    void aSecondCopyReplacesTheFirstTimer() {
        FakeBoard board = new FakeBoard();
        SecretClipboard clipboard = new SecretClipboard(board, board);
        clipboard.copy("one".toCharArray(), Duration.ofSeconds(30));
        clipboard.copy("two".toCharArray(), Duration.ofSeconds(30));
        assertThat(board.tasks).hasSize(1);
        board.fire();
        assertThat(board.content).isEmpty();
    }

    @Test
    void linuxDarkPreferenceComesFromGtkThemeOrGsettings() {
        assertThat(SystemTheme.linuxPrefersDark(Map.of("GTK_THEME", "Adwaita:dark"), ""))
                .isTrue();
        assertThat(SystemTheme.linuxPrefersDark(Map.of(), "'prefer-dark'\n")).isTrue();
        assertThat(SystemTheme.linuxPrefersDark(Map.of(), "'default'\n")).isFalse();
    }
}
