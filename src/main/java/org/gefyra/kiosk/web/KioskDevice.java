package org.gefyra.kiosk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.gefyra.kiosk.Kiosk;
import org.gefyra.kiosk.KioskService;
import org.gefyra.organisation.Site;

/**
 * The device this request comes from, as a kiosk: the site it belongs to, if an educator made it
 * a kiosk. The device remembers that in a cookie, so kiosks need no HTTP session.
 */
@Named("kiosk")
@RequestScoped
public class KioskDevice {

    public static final String COOKIE = "gefyra-kiosk";
    private static final int TEN_YEARS = 10 * 365 * 24 * 3600;

    @Inject
    HttpServletRequest request;

    @Inject
    KioskService kiosks;

    private Optional<Kiosk> kiosk;
    private Optional<Long> siteId;

    public Optional<Kiosk> current() {
        if (kiosk == null) {
            kiosk = kiosks.byToken(token());
        }
        return kiosk;
    }

    public boolean isKiosk() {
        return current().isPresent();
    }

    public Site getSite() {
        return current().map(Kiosk::getSite).orElse(null);
    }

    /** The kiosk's site: a learner page needs only this, so it reads no kiosk, site or organisation. */
    public Long siteId() {
        if (siteId == null) {
            siteId = kiosk != null ? kiosk.map(k -> k.getSite().getId()) : kiosks.siteOf(token());
        }
        return siteId.orElse(null);
    }

    /** What guessing limits count against: the kiosk, or the address of a device that is none. */
    public String throttleKey() {
        return current().map(k -> "kiosk:" + k.getId()).orElseGet(() -> "address:" + request.getRemoteAddr());
    }

    public static void remember(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addCookie(cookie(request, token, TEN_YEARS));
    }

    public static void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private String token() {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
