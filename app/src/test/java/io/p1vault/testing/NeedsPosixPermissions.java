package io.p1vault.testing;

import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test sets or reads POSIX permission bits on the real disk (group or other access, kept modes), which
 * Windows does not have: there ACLs decide, and owner-only ACLs are tested on a Windows-like file system
 * (PlatformStorageTest). Runs on Linux and macOS.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@DisabledOnOs(
        value = OS.WINDOWS,
        disabledReason = "POSIX permission bits on the real disk: Windows has ACLs instead (see PlatformStorageTest)")
public @interface NeedsPosixPermissions {}
