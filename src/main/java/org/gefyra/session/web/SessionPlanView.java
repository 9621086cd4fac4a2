package org.gefyra.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gefyra.content.ContentLibrary;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.session.LearningSession;
import org.gefyra.session.SessionKind;
import org.gefyra.session.SessionPlan;
import org.gefyra.session.SessionService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.i18n.Language;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.Navigation;

/** An educator plans a new session, or changes one not opened yet. */
@Named
@ViewScoped
public class SessionPlanView implements Serializable {

    /** Something to choose from a list: a site, a module. */
    public record Choice(String value, String label) implements Serializable {
    }

    @Inject
    SessionService sessions;

    @Inject
    OrganisationService organisations;

    @Inject
    ContentLibrary library;

    @Inject
    CurrentCaller caller;

    @Inject
    Language language;

    private Long id;
    private SessionPlan plan = new SessionPlan();
    private List<Choice> sites = List.of();
    private List<Choice> modules = List.of();
    private List<SessionService.EducatorChoice> educators = List.of();

    public void load() {
        sites = organisations.sites(caller.get()).stream()
                .map(s -> new Choice(String.valueOf(s.getId()), s.getName())).toList();
        String code = language.getCode();
        modules = library.offeredIn(code).stream().map(m -> new Choice(m.id(), m.texts().get(code).title())).toList();
        educators = sessions.educators(caller.get());
        if (id != null) {
            fill(sessions.get(caller.get(), id));
        } else if (plan.siteId == null) {
            plan.siteId = sites.isEmpty() ? null : Long.valueOf(sites.get(0).value());
            plan.date = LocalDate.now();
            plan.start = LocalTime.of(10, 0);
            plan.end = LocalTime.of(12, 0);
            if (educators.stream().anyMatch(e -> e.id() == caller.get().id())) {
                plan.educatorIds.add(caller.get().id());
            }
        }
    }

    public void save() {
        try {
            LearningSession saved = id == null ? sessions.plan(caller.get(), plan) : sessions.change(caller.get(), id, plan);
            Messages.info("session.saved");
            Navigation.keepMessages();
            Navigation.redirect("/educator/session.xhtml?id=" + saved.getId());
        } catch (InvalidInputException refused) {
            Messages.invalid(refused, "plan");
        }
    }

    private void fill(LearningSession session) {
        plan.siteId = session.getSite().getId();
        plan.title = session.getTitle();
        plan.kind = session.getKind();
        plan.date = session.getStartsAt().toLocalDate();
        plan.start = session.getStartsAt().toLocalTime();
        plan.end = session.getEndsAt().toLocalTime();
        plan.capacity = session.getCapacity();
        plan.openToNewcomers = session.isOpenToNewcomers();
        plan.moduleIds = new ArrayList<>(session.getModuleIds());
        plan.educatorIds = new ArrayList<>(session.getEducatorIds());
        plan.educatorIds.sort(Comparator.naturalOrder());
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SessionPlan getPlan() { return plan; }
    public List<Choice> getSites() { return sites; }
    public List<Choice> getModules() { return modules; }
    public List<SessionService.EducatorChoice> getEducators() { return educators; }
}
