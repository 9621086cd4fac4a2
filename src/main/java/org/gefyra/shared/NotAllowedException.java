package org.gefyra.shared;

/** The caller may not see or change what they asked for. Shown as a 403 page. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String what) {
        super(what);
    }
}
