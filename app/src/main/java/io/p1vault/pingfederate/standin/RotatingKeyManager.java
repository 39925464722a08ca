package io.p1vault.pingfederate.standin;

import io.p1vault.crypto.SelfSignedCertificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** Presents one self-signed certificate, which can be replaced while the server runs (as an admin may). */
final class RotatingKeyManager extends X509ExtendedKeyManager {
    private static final String ALIAS = "stand-in";
    private volatile SelfSignedCertificate current;

    RotatingKeyManager(SelfSignedCertificate first) {
        this.current = first;
    }

    void replace(SelfSignedCertificate next) {
        current = next;
    }

    X509Certificate certificate() {
        return current.certificate();
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return chooseServerAlias(keyType, issuers, null);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return current.certificate().getPublicKey().getAlgorithm().equals(keyType) ? ALIAS : null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? new X509Certificate[] {current.certificate()} : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? current.privateKey() : null;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return new String[] {ALIAS};
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return new String[0];
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
