package org.gefyra.content.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gefyra.content.ContentLibrary;

/**
 * Serves the images of loaded modules: only those that a module refers to, from the bytes that
 * were checked when it loaded, so no other file of the content folder can be reached and no file
 * changed since then is served. An SVG is sandboxed as well, so that nothing in it could run.
 */
@WebServlet("/content-images/*")
public class ContentImageServlet extends HttpServlet {

    @Inject
    ContentLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        int slash = info == null ? -1 : info.indexOf('/', 1);
        if (slash < 0) {
            response.sendError(404);
            return;
        }
        String image = info.substring(slash + 1);
        Optional<byte[]> bytes = library.module(info.substring(1, slash)).flatMap(module -> module.image(image));
        if (bytes.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(ContentImages.mediaType(image));
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
