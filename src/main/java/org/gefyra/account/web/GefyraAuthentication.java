package org.gefyra.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.gefyra.account.Caller;
import org.gefyra.account.SignedIn;

/**
 * How Gefyra knows who is asking. Staff sign in with a form, learners with their card or PIN,
 * guests with one tap; each sign-in starts a fresh HTTP session that remembers them. The REST
 * API also accepts HTTP Basic for staff, without a session. Nobody gets a session before signing
 * in, so anonymous visitors on kiosks cost the server no memory.
 */
@ApplicationScoped
public class GefyraAuthentication implements HttpAuthenticationMechanism {

    public static final String CALLER_ATTRIBUTE = "gefyra.caller";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignedInCallers callers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, context, context.getAuthParameters().getCredential());
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/static/") || path.startsWith("/webjars/")) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (path.startsWith("/api/") && authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(request, response, context, authorization.substring(6).trim());
        }
        Optional<Caller> remembered = remembered(request);
        if (remembered.isPresent()) {
            request.setAttribute(CALLER_ATTRIBUTE, remembered.get());
            return context.notifyContainerAboutLogin(remembered.get().principal(), remembered.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            return challenge(response, context);
        }
        String start = path.startsWith("/learn/") ? "/kiosk/index.xhtml" : "/sign-in.xhtml?continue="
                + URLEncoder.encode(continueTo(request, path), StandardCharsets.UTF_8);
        return context.redirect(request.getContextPath() + start);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<SignedIn> signedIn = callers.signedIn(result.getCallerPrincipal().getName());
        if (signedIn.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        request.getSession(true).setAttribute(SignedIn.SESSION_KEY, signedIn.get());
        request.setAttribute(CALLER_ATTRIBUTE, signedIn.get().caller());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        Optional<SignedIn> signedIn = result.getStatus() == CredentialValidationResult.Status.VALID
                ? callers.signedIn(result.getCallerPrincipal().getName()) : Optional.empty();
        if (signedIn.isEmpty() || !signedIn.get().caller().isStaff()) {
            return challenge(response, context);
        }
        request.setAttribute(CALLER_ATTRIBUTE, signedIn.get().caller());
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<Caller> remembered(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn signedIn)) {
            return Optional.empty();
        }
        Optional<Caller> current = callers.stillSignedIn(signedIn);
        if (current.isEmpty()) {
            session.invalidate();
        }
        return current;
    }

    private AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Gefyra\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static String continueTo(HttpServletRequest request, String path) {
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
