package org.gefyra.account.web;

import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.CurrentCaller;

/** The caller of the current request, for unit tests of views, where no request runs. */
public class FixedCaller extends CurrentCaller {

    private final Caller caller;

    public FixedCaller(Caller caller) {
        this.caller = caller;
    }

    @Override
    public Caller get() {
        return caller;
    }
}
