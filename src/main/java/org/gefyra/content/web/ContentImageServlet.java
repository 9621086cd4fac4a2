package org.gefyra.content.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.shared.security.CurrentCaller;

/**
 * Serves the images of loaded modules: only those that a module refers to, from the bytes that
 * were checked when it loaded, so no other file of the content folder can be reached and no file
 * changed since then is served; a draft's only to those who may preview it. An SVG is sandboxed
 * as well, so that nothing in it could run.
 */
@WebServlet("/content-images/*")
public class ContentImageServlet extends HttpServlet {

    @Inject
    ContentLibrary library;

    @Inject
    CurrentCaller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        int slash = info == null ? -1 : info.indexOf('/', 1);
        if (slash < 0) {
            response.sendError(404);
            return;
        }
        String image = info.substring(slash + 1);
        String moduleId = info.substring(1, slash);
        Optional<LearningModule> module = caller.isAuthor() ? library.anyModule(moduleId) : library.module(moduleId);
        Optional<byte[]> bytes = module.flatMap(m -> m.image(image));
        if (bytes.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(ContentImages.mediaType(image));
        response.setHeader("Cache-Control", module.get().draft() ? "private, no-store" : "public, max-age=86400");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
