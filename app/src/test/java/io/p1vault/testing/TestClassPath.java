package io.p1vault.testing;

import java.io.File;

/** The class path the tests run with, for the child JVMs they start. */
public final class TestClassPath {
    private TestClassPath() {}

    /** Surefire may start tests from a manifest-only jar; it publishes the real path. */
    public static String get() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }
}
