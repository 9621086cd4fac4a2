package org.gefyra.learning.sandbox.certificaterequest;

import java.util.List;
import java.util.Map;
import org.gefyra.content.GoalValues;
import org.gefyra.content.Sandbox;
import org.gefyra.content.SiteSettings;

/**
 * The pretend town hall portal: a practice step names the certificate to request. The text files
 * may name the authority ("authority") whose portal it is.
 */
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

    @Override
    public List<String> names(SiteSettings settings) {
        return List.of("authority");
    }
}
