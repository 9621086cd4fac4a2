package org.gefyra.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The addresses the template writes on every page outside its parts written once: the script and
 * where a kiosk starts again. Each is one name here; written as {@code #{request.contextPath}/...}
 * they asked Weld for the request (a producer, made anew each time) on every page.
 */
@Named("pageLinks")
@ApplicationScoped
public class PageLinks {

    @Inject
    Build build;

    public String getScript() {
        return contextPath() + "/static/js/gefyra.js?v=" + build.getVersion();
    }

    public String getKioskStart() {
        return contextPath() + "/kiosk/index.xhtml";
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
