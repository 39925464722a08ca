package io.p1vault.vault;

import io.p1vault.model.CertificatePin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What happens to a server's pins when its URLs change. */
final class ServerPins {
    private ServerPins() {}

    /**
     * The pins that still apply once the server's admin URL and token URL ({@code null} for none)
     * are these: a pin says "this key at this host and port", so a URL that now names another place
     * drops its pins and the user decides trust again, by {@code server trust} or the certificate dialog.
     */
    static List<CertificatePin> keptAfterMove(List<CertificatePin> pins, String adminUrl, String tokenUrl) {
        Set<String> places = new HashSet<>();
        places.add(CertificatePin.endpointOf(adminUrl));
        if (tokenUrl != null) {
            places.add(CertificatePin.endpointOf(tokenUrl));
        }
        return pins.stream().filter(p -> places.contains(p.endpoint)).toList();
    }

    /** For the history: which places have pins (never a secret). */
    static String describe(List<CertificatePin> pins) {
        return pins.isEmpty()
                ? null
                : String.join(", ", pins.stream().map(CertificatePin::describe).toList());
    }
}
