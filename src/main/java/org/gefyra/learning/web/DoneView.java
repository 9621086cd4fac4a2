package org.gefyra.learning.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.gefyra.shared.web.request.CurrentRequest;

/**
 * "I am done" asks first ({@code learn/done.xhtml}, or the same question in a dialog where
 * scripts run): yes signs out, no goes back to the page the learner was on. The way back is
 * only ever a learner page of Gefyra, never an address from elsewhere. It keeps nothing of its own
 * (it reads the request), so one serves every request.
 */
@Named
@ApplicationScoped
public class DoneView {

    static final String MY_LESSONS = "/learn/index.xhtml";
    private static final Pattern LEARNER_PAGE = Pattern.compile("/learn/[a-z0-9/-]+\\.xhtml(\\?[A-Za-z0-9=&._%-]*)?");

    @Inject
    HttpServletRequest request;

    /** The address of the question, for the "I am done" link: it remembers this page if it can be opened again. */
    public String getAddress() {
        HttpServletRequest request = CurrentRequest.or(this.request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String here = "GET".equals(request.getMethod()) ? path + (query == null ? "" : "?" + query) : MY_LESSONS;
        return request.getContextPath() + "/learn/done.xhtml?back=" + URLEncoder.encode(back(here), StandardCharsets.UTF_8);
    }

    /** Where "No, keep learning" leads on the question's own page. */
    public String getBack() {
        HttpServletRequest request = CurrentRequest.or(this.request);
        return request.getContextPath() + back(request.getParameter("back"));
    }

    static String back(String asked) {
        return asked != null && LEARNER_PAGE.matcher(asked).matches() && !asked.startsWith("/learn/done.xhtml")
                ? asked : MY_LESSONS;
    }
}
