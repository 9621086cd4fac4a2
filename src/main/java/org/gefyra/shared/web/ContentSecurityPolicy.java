package org.gefyra.shared.web;

import jakarta.servlet.ServletRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy of every answer: scripts only from Gefyra itself or carrying the
 * answer's own nonce, styles only from Gefyra's stylesheets, nothing inline, no {@code eval}.
 * A nonce is made for each answer, so an injected script cannot know it.
 */
public final class ContentSecurityPolicy {

    /** The request attribute that holds the answer's nonce, for the pages' script tags. */
    public static final String NONCE_ATTRIBUTE = "gefyra.cspNonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentSecurityPolicy() {
    }

    public static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; "
                + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** The nonce of the answer to this request; the security headers filter makes it for every request. */
    public static String nonce(ServletRequest request) {
        Object nonce = request.getAttribute(NONCE_ATTRIBUTE);
        if (nonce instanceof String made) {
            return made;
        }
        String made = newNonce();
        request.setAttribute(NONCE_ATTRIBUTE, made);
        return made;
    }
}
