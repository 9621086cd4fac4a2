package org.gefyra.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets browsers keep Gefyra's own CSS, scripts and pictures: for a year when the address
 * carries the build version ({@code ?v=}), for an hour otherwise. Kiosks on slow Wi-Fi then
 * download them once.
 */
@WebFilter(filterName = "staticCache", urlPatterns = "/static/*")
public class StaticCacheFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", request.getParameter("v") != null
                ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        chain.doFilter(request, response);
    }
}
