package org.gefyra.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How much of a page is held back before the first of it is sent. A page that fails halfway is
 * replaced whole by the error page only while nothing of it has been sent ({@link FriendlyExceptionHandler}),
 * so staff pages, whose tables can be long, hold 64 KB. A learner's step page is one screen (about
 * 6 KB) and the page learners open most: the server makes the buffer anew for every request, and
 * 64 KB of it cost about a twentieth of a step page's processor time for nothing.
 * Faces is told to set no size ({@code jakarta.faces.FACELETS_BUFFER_SIZE} -1 in {@code web.xml}): left
 * out, Mojarra sets its default of 1,024 characters on every page after this filter.
 */
@WebFilter(filterName = "pageBuffer", urlPatterns = {"*.xhtml", "/help"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PageBufferFilter extends HttpFilter {

    static final int PAGE = 64 * 1024;
    static final int STEP_PAGE = 16 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!response.isCommitted()) {
            response.setBufferSize("/learn/step.xhtml".equals(request.getServletPath()) ? STEP_PAGE : PAGE);
        }
        chain.doFilter(request, response);
    }
}
