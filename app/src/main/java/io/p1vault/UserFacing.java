package io.p1vault;

/**
 * Marks an exception whose message is written for the user: one line, specific, and free of
 * secret values. Front ends show such messages as they are; anything else is reported as an
 * unexpected failure.
 */
public interface UserFacing {}
