package org.gefyra.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;

/**
 * Liberty reports a wrong servlet mapping for {@code /jakarta.faces.resource/x.css.xhtml} (an
 * extension mapping with dots in an earlier path segment), so Mojarra wrote broken addresses
 * into PrimeFaces' stylesheets and the icon fonts did not load. This tells Mojarra the mapping
 * as it really is: the {@code *.xhtml} extension mapping of the Faces servlet. Anything else
 * under that folder is no resource, and is not found without a warning in the log.
 */
@WebFilter(filterName = "resourceMapping", urlPatterns = "/jakarta.faces.resource/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ResourceMappingFilter extends HttpFilter {

    private static final String EXTENSION = ".xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().endsWith(EXTENSION)) {
            // not a resource of Faces (they all end so): a quiet "not found", not the file server's warning
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpServletMapping getHttpServletMapping() {
                String path = getServletPath() + (getPathInfo() == null ? "" : getPathInfo());
                String value = path.endsWith(EXTENSION) ? path.substring(1, path.length() - EXTENSION.length()) : path;
                return new ExtensionMapping(value);
            }
        }, response);
    }

    private record ExtensionMapping(String matchValue) implements HttpServletMapping {

        @Override
        public String getMatchValue() {
            return matchValue;
        }

        @Override
        public String getPattern() {
            return "*" + EXTENSION;
        }

        @Override
        public String getServletName() {
            return "Faces Servlet";
        }

        @Override
        public MappingMatch getMappingMatch() {
            return MappingMatch.EXTENSION;
        }
    }
}
