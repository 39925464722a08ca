package io.p1vault.runproperties;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What {@code java.util.Properties.load(InputStream)} (and so PingFederate) makes of some bytes:
 * the independent check that an edit changed exactly what it should.
 */
final class JdkProperties {
    private JdkProperties() {}

    /** @throws IllegalArgumentException for a malformed {@code \}{@code uXXXX} escape */
    static Map<String, String> load(byte[] bytes) {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
        Map<String, String> map = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            map.put(key, properties.getProperty(key));
        }
        return map;
    }
}
