package org.gefyra.learning.sandbox.certificaterequest;

import java.util.Map;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;

/** The pretend town hall portal: a practice step names the certificate to request. */
public final class CertificateRequestSandbox implements Sandbox {

    public static final String ID = "certificate-request";

    private static final Map<String, GoalValues> GOALS = Map.of(
            "certificate", GoalValues.oneOf(CertificateForm.CERTIFICATES));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, GoalValues> goals() {
        return GOALS;
    }
}
