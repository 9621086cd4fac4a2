package org.gefyra.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gefyra.shared.i18n.LanguageFilter;
import org.gefyra.shared.i18n.Texts;
import org.gefyra.shared.persistence.DatabaseOutage;

/**
 * How Gefyra knows who is asking. Staff sign in with a form, learners with their card or PIN,
 * guests with one tap; each sign-in ends whatever session the device had and starts a fresh
 * one that remembers them and ends on the server after the idle time of their kind. The REST
 * API also accepts HTTP Basic for staff on the paths that need a caller, without a session.
 * Nobody gets a session before signing in, so anonymous visitors on kiosks cost no memory.
 * The caller is established once, at sign-in, and kept in the session; each later request only
 * asks the caller's {@link CallerSource} whether they may go on. Learners and guests are not
 * logged in to the container again on their own pages ({@link LearnerPages} guards those).
 */
@ApplicationScoped
public class GefyraAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(GefyraAuthentication.class.getName());

    public static final String CALLER_ATTRIBUTE = "gefyra.caller";
    /** Set on a request whose sign-in was refused because of too many wrong attempts. */
    public static final String THROTTLED_ATTRIBUTE = "gefyra.signIn.throttled";

    /**
     * A request attribute: the database could not write or be reached while a password was checked
     * (the guessing limits write every attempt), the failure itself. The mechanism cannot throw it: the
     * container would answer 403 or the sign-in page again; SignIns rethrows it to the page's handler.
     * Also left when a signed-in person's standing could not be read: UnavailableDatabaseFilter then
     * answers the page with 503 before anything of it is built.
     */
    public static final String OUTAGE_ATTRIBUTE = "gefyra.signIn.outage";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Instance<CallerSource> sources;

    @Inject
    SignInThrottle throttle;

    @Inject
    SessionTimeouts timeouts;

    @Inject
    Event<SignedIn> signedInEvents;

    /**
     * Who is asking. A failure nobody foresaw is the server's fault, answered as one (500, logged):
     * thrown out of here, the container answered it as a refusal, 403 "this page is not for you".
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return decide(request, response, context);
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "Could not tell who is asking for " + request.getRequestURI(), failed);
            int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    ? jsonError(request, response, status, "error.server.title", "error.server.text")
                    : errorPage(request, response, status, "/error/server.xhtml");
        }
    }

    private AuthenticationStatus decide(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, context, context.getAuthParameters().getCredential());
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/static/") || path.startsWith("/webjars/")) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (path.startsWith("/api/") && context.isProtected() && authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(request, response, context, authorization.substring(6).trim());
        }
        Optional<Caller> remembered;
        try {
            remembered = remembered(request);
        } catch (RuntimeException failed) {
            if (!DatabaseOutage.causedBy(failed)) {
                throw failed;
            }
            return cannotCheck(request, response, context, path, failed);
        }
        if (remembered.isPresent()) {
            request.setAttribute(CALLER_ATTRIBUTE, remembered.get());
            if (!context.isProtected() && !remembered.get().isStaff()) {
                // The learner's own pages are guarded by LearnerPages from the caller above: a
                // container login on every request (a JAAS login, a new token) is what made them slow.
                return context.doNothing();
            }
            return context.notifyContainerAboutLogin(remembered.get().principalName(), remembered.get().groups());
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
        Sessions.end(request.getSession(false));
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        Optional<SignedIn> signedIn = validated(request, credential);
        if (signedIn.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Sessions.end(request.getSession(false));
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(timeouts.secondsFor(signedIn.get().caller().role()));
        session.setAttribute(SignedIn.SESSION_KEY, signedIn.get());
        Caller caller = signedIn.get().caller();
        request.setAttribute(CALLER_ATTRIBUTE, caller);
        try {
            signedInEvents.fire(signedIn.get());
        } catch (RuntimeException failed) {
            // Signing in works whatever an observer does; what it failed to do is logged.
            LOG.log(Level.WARNING, "After the sign-in of " + caller.principalName(), failed);
        }
        return context.notifyContainerAboutLogin(caller.principalName(), caller.groups());
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
        Optional<Caller> caller = validated(request,
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)))
                .map(SignedIn::caller).filter(Caller::isStaff);
        if (caller.isEmpty()) {
            return request.getAttribute(OUTAGE_ATTRIBUTE) != null ? unavailable(request, response) : challenge(response, context);
        }
        request.setAttribute(CALLER_ATTRIBUTE, caller.get());
        return context.notifyContainerAboutLogin(caller.get().principalName(), caller.get().groups());
    }

    /** As {@link #checked}; when the database cannot write or be reached, empty with the failure kept. */
    private Optional<SignedIn> validated(HttpServletRequest request, Credential credential) {
        try {
            return checked(request, credential);
        } catch (RuntimeException failed) {
            if (!DatabaseOutage.causedBy(failed)) {
                throw failed;
            }
            LOG.warning(() -> "A sign-in found the database unable to write or be reached: refused (" + failed + ")");
            request.setAttribute(OUTAGE_ATTRIBUTE, failed);
            return Optional.empty();
        }
    }

    /** Checks a credential with the identity stores; staff passwords go through the guessing limits. */
    private Optional<SignedIn> checked(HttpServletRequest request, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return signedIn(identityStores.validate(credential));
        }
        String user = password.getCaller() == null ? "" : password.getCaller().strip().toLowerCase(Locale.ROOT);
        if (user.chars().anyMatch(Character::isISOControl)) {
            // no account is named so; and PostgreSQL refuses a NUL in a text, even to look one up
            return Optional.empty();
        }
        String address = request.getRemoteAddr();
        try (SignInThrottle.Attempt perUser = throttle.attempt(SignInThrottle.Limit.PASSWORD_PER_USER, user)) {
            if (perUser.isRefused()) {
                request.setAttribute(THROTTLED_ATTRIBUTE, perUser.refused().get());
                return Optional.empty();
            }
            try (SignInThrottle.Attempt perAddress = throttle.attempt(SignInThrottle.Limit.PASSWORD_PER_ADDRESS, address)) {
                if (perAddress.isRefused()) {
                    perUser.right();
                    request.setAttribute(THROTTLED_ATTRIBUTE, perAddress.refused().get());
                    return Optional.empty();
                }
                Optional<SignedIn> signedIn = signedIn(identityStores.validate(credential));
                if (signedIn.isPresent()) {
                    throttle.forgive(SignInThrottle.Limit.PASSWORD_PER_USER, user);
                    perAddress.right();
                }
                return signedIn;
            }
        }
    }

    private static Optional<SignedIn> signedIn(CredentialValidationResult result) {
        return result.getStatus() == CredentialValidationResult.Status.VALID
                && result.getCallerPrincipal() instanceof SignedInPrincipal principal
                ? Optional.of(principal.signedIn()) : Optional.empty();
    }

    private Optional<Caller> remembered(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(Sessions.attribute(session, SignedIn.SESSION_KEY) instanceof SignedIn signedIn)) {
            return Optional.empty();
        }
        Optional<Caller> current = sources.stream().filter(source -> source.serves(signedIn.caller().role()))
                .findFirst().flatMap(source -> source.refresh(signedIn));
        if (current.isEmpty()) {
            Sessions.end(session);
        }
        return current;
    }

    /**
     * A signed-in person whose standing could not be read (the database restarting after its disk
     * filled, a lost connection): not a stranger, so neither 403 nor the sign-in page, and not
     * signed out. An API request gets the outage's JSON; a page the "we cannot save right now" page
     * (UnavailableDatabaseFilter answers it from the mark left here; a protected page is answered
     * here, as the container would not let it through).
     */
    private static AuthenticationStatus cannotCheck(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String path, RuntimeException failed) {
        LOG.warning(() -> "Could not check who is asking for " + path + ": the database cannot be reached (" + failed + ")");
        request.setAttribute(OUTAGE_ATTRIBUTE, failed);
        if (path.startsWith("/api/")) {
            return unavailable(request, response);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("Retry-After", "60");
        return errorPage(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "/error/unavailable.xhtml");
    }

    /**
     * Answers with one of the error pages, in the caller's language. Here, before the container has let
     * the request in (and before the language filter has run), sendError sends an empty page, so the page
     * is rendered by a forward to it.
     */
    private static AuthenticationStatus errorPage(HttpServletRequest request, HttpServletResponse response, int status,
            String page) {
        try {
            LanguageFilter.of(request);
            response.setStatus(status);
            request.getRequestDispatcher(page).forward(request, response);
        } catch (java.io.IOException | jakarta.servlet.ServletException | RuntimeException failed) {
            LOG.log(Level.FINE, "The error page could not be shown", failed);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** An API request whose password could not be checked: 503, as ServerFailures answers an outage. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", "60");
        return jsonError(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.storage.title",
                "error.storage.text");
    }

    /** An API request's error, in JSON in the caller's language. */
    private static AuthenticationStatus jsonError(HttpServletRequest request, HttpServletResponse response, int status,
            String titleKey, String textKey) {
        Locale locale = Locale.forLanguageTag(LanguageFilter.of(request));
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder()
                    .add("error", Texts.MESSAGES.format(locale, titleKey))
                    .add("detail", Texts.MESSAGES.format(locale, textKey)).build().toString());
            // sent now: on a page that needs no sign-in the container would otherwise answer the failure itself
            response.flushBuffer();
        } catch (java.io.IOException gone) {
            LOG.fine(() -> "The caller left before the answer: " + gone);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Gefyra\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static String continueTo(HttpServletRequest request, String path) {
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
