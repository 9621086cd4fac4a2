package org.gefyra.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The response's buffer: a page that fails halfway through is thrown away whole, and the error
 * page takes its place, only while nothing of it has been sent ({@link FriendlyExceptionHandler}),
 * so staff pages (long tables) keep a buffer of {@link #STAFF_PAGES} (64 KB). A learner's page is
 * 5 to 13 KB: it gets Faces' own buffer size ({@code jakarta.faces.FACELETS_BUFFER_SIZE}, 16 KB),
 * because the response's buffer is a new one on every request, and at 64 KB it cost a step page
 * about 5% of its processor time (measured: 1.09-1.12 ms of CPU per step page with 16 KB, 1.14-1.16
 * ms with 64 KB).
 */
public class WholePageBuffer extends ExternalContextFactory {

    static final int STAFF_PAGES = 65_536;

    public WholePageBuffer(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        ExternalContext external = getWrapped().getExternalContext(context, request, response);
        if (request instanceof HttpServletRequest http && http.getServletPath().startsWith("/learn/")) {
            return external;
        }
        return new ExternalContextWrapper(external) {
            @Override
            public void setResponseBufferSize(int size) {
                super.setResponseBufferSize(Math.max(size, STAFF_PAGES));
            }
        };
    }
}
