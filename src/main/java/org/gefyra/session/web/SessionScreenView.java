package org.gefyra.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.gefyra.session.JoinCode;
import org.gefyra.session.JoinQr;
import org.gefyra.session.LearningSession;
import org.gefyra.session.SessionService;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;

/** The join code of an open session, big, with its QR code, for a screen or a projector in the room. */
@Named
@RequestScoped
public class SessionScreenView {

    @Inject
    SessionService sessions;

    @Inject
    CurrentCaller caller;

    @Inject
    HttpServletRequest request;

    @Inject
    @ManagedProperty("#{param.id}")
    String id;

    private LearningSession session;

    /** Before anything is written: a session of another organisation is refused with a plain "not allowed". */
    public void load() {
        getSession();
    }

    public LearningSession getSession() {
        if (session == null) {
            long number;
            try {
                number = id == null ? -1 : Long.parseLong(id.strip());
            } catch (NumberFormatException notANumber) {
                number = -1;
            }
            session = sessions.get(caller.get(), number);
        }
        return session;
    }

    public String getCode() {
        return JoinCode.grouped(getSession().getJoinCode());
    }

    /** The page a learner's own device opens to join: the code is filled in, they only confirm. */
    public String getJoinAddress() {
        String port = request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath()
                + "/learn/join.xhtml?code=" + getSession().getJoinCode();
    }

    public String getQrSvg() {
        return getSession().isOpen() ? JoinQr.svg(getJoinAddress(), Messages.text("session.screen.qr")) : "";
    }
}
