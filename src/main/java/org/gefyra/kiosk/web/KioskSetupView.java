package org.gefyra.kiosk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.gefyra.kiosk.Kiosk;
import org.gefyra.kiosk.KioskService;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.organisation.Site;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.validation.PlainText;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** An educator makes the device in front of them a kiosk of one of their sites, or releases kiosks. */
@Named
@RequestScoped
public class KioskSetupView {

    @Inject
    KioskService kiosks;

    @Inject
    OrganisationService organisations;

    @Inject
    KioskDevice device;

    @Inject
    CurrentCaller caller;

    private Long siteId;
    @PlainText(max = Kiosk.LABEL_LENGTH)
    private String label;

    public void makeKiosk() {
        try {
            KioskService.NewKiosk kiosk = kiosks.register(caller.get(), siteId == null ? -1 : siteId, label);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            KioskDevice.remember((HttpServletRequest) external.getRequest(),
                    (HttpServletResponse) external.getResponse(), kiosk.token());
            Messages.info("educator.kiosk.made", kiosk.kiosk().getSite().getName());
            Navigation.keepMessages();
            Navigation.redirect("/educator/index.xhtml");
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "kiosk");
        }
    }

    public void release(long kioskId) {
        kiosks.release(caller.get(), kioskId);
        if (device.current().map(k -> k.getId() == kioskId).orElse(false)) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            KioskDevice.forget((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        }
        Messages.info("educator.kiosk.released");
        Navigation.keepMessages();
        Navigation.redirect("/educator/index.xhtml");
    }

    public List<Site> getSites() {
        return organisations.sites(caller.get());
    }

    public List<Kiosk> getKiosks() {
        return kiosks.list(caller.get());
    }

    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
