package org.gefyra.session;

/** How a session is run: anyone may drop in, a class that starts together, or one learner with one educator. */
public enum SessionKind {
    DROP_IN, GROUP_CLASS, ONE_TO_ONE;

    /** Whether newcomers may be told about it on the public page. */
    public boolean mayBePublic() {
        return this != ONE_TO_ONE;
    }
}
