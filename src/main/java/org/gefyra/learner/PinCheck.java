package org.gefyra.learner;

/** What a PIN attempt came to. */
public enum PinCheck {
    RIGHT, WRONG, LOCKED, UNKNOWN
}
