package io.p1vault.runproperties;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** What {@code java.util.Properties} (and so PingFederate) makes of some bytes. */
final class PropertiesOracle {
    private PropertiesOracle() {}

    static Map<String, String> load(byte[] bytes) {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    static Map<String, String> load(String latin1) {
        return load(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }
}
