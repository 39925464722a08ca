package io.p1vault.pingfederate;

import io.p1vault.model.Secret;
import okhttp3.Credentials;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A native PingFederate admin account: user name and password on every request. */
final class BasicAuthorization implements AdminAuthorization {
    private final String username;
    private final Secret password;

    BasicAuthorization(String username, Secret password) {
        this.username = username;
        this.password = password;
    }

    @Override
    public String scheme() {
        return "Basic";
    }

    @Override
    public String header() {
        char[] chars = password.reveal();
        try {
            return Credentials.basic(username, new String(chars), StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public boolean forgetRefused() {
        return false;
    }

    @Override
    public String unauthorizedMessage(String host) {
        return "PingFederate at " + host + " did not accept the user name \"" + username
                + "\" and its password (401); check both in the server entry.";
    }

    @Override
    public String toString() {
        return "BasicAuthorization[" + username + "]";
    }
}
