package io.p1vault.testing;

import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test types a passphrase at the reference age command's prompt, which age reads only from a terminal:
 * it runs age under {@code expect} (a pseudo-terminal), which Windows does not have. Runs on Linux and macOS
 * (expect is part of macOS); age's key-file runs, which need no terminal, also run on Windows.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@DisabledOnOs(
        value = OS.WINDOWS,
        disabledReason = "age reads passphrases only from a terminal, driven here by expect, which Windows lacks")
public @interface NeedsExpect {}
