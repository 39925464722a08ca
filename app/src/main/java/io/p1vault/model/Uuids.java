package io.p1vault.model;

import java.util.regex.Pattern;

/** PingOne identifiers are canonical UUID strings. */
public final class Uuids {
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {}

    public static boolean isUuid(String s) {
        return s != null && UUID.matcher(s).matches();
    }
}
