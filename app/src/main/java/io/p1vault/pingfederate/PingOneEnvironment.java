package io.p1vault.pingfederate;

/** A PingOne environment a connection can reach. */
public record PingOneEnvironment(String id, String name, String type) {}
