package org.gefyra.shared.security;

/**
 * A CDI event: somebody's session ended, because they signed out, somebody else signed in on the
 * same device, or it timed out on the server. Features that keep something per person observe it.
 */
public record SignedOut(Caller caller) {
}
