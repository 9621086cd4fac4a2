package org.gefyra.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gefyra.content.ContentLibrary;
import org.gefyra.organisation.Accessibility;
import org.gefyra.organisation.OpeningHours;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.organisation.Site;
import org.gefyra.shared.i18n.Languages;

/**
 * The public list of places to get help: every partner organisation's sites, with their opening
 * hours, languages and accessibility, and their coming sessions open to newcomers. Nothing about
 * learners; anyone may read it, without signing in.
 */
@ApplicationScoped
@Transactional
public class WhereToGetHelp {

    /** How far ahead the page looks for sessions, and how many it shows per place. */
    static final Duration AHEAD = Duration.ofDays(28);
    static final int SESSIONS_PER_PLACE = 6;

    /** A coming session as newcomers read it. */
    public record OpenSession(String title, SessionKind kind, LocalDateTime startsAt, LocalDateTime endsAt,
            List<String> moduleTitles, int places) {
    }

    /** A place to get help. */
    public record Place(long siteId, String name, String organisation, String address, String town,
            OpeningHours openingHours, List<String> languages, Set<Accessibility> accessibility,
            String accessibilityNote, List<OpenSession> sessions) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    ContentLibrary library;

    Clock clock = Clock.systemDefaultZone();

    /** The places in a town and where a language is spoken (either may be empty: any), with sessions in the page's language. */
    public List<Place> places(String town, String spoken, String pageLanguage) {
        Map<Long, List<OpenSession>> sessions = openSessions(pageLanguage);
        return organisations.publicSites().stream()
                .filter(site -> town == null || town.isBlank() || site.getTown().equalsIgnoreCase(town.strip()))
                .filter(site -> spoken == null || spoken.isBlank() || site.getLanguagesSpoken().contains(spoken))
                .map(site -> place(site, sessions.getOrDefault(site.getId(), List.of())))
                .sorted(Comparator.comparing(Place::town, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(p -> p.sessions().isEmpty()).thenComparing(Place::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public List<String> towns() {
        return organisations.publicSites().stream().map(Site::getTown)
                .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))).stream().toList();
    }

    public List<String> languages() {
        return organisations.publicSites().stream().flatMap(site -> site.getLanguagesSpoken().stream())
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    private Map<Long, List<OpenSession>> openSessions(String language) {
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createQuery("select s from LearningSession s where s.openToNewcomers = true and s.kind <> ?1 "
                        + "and (s.status = ?2 or s.status = ?3) and s.endsAt > ?4 and s.startsAt < ?5 order by s.startsAt",
                        LearningSession.class)
                .setParameter(1, SessionKind.ONE_TO_ONE).setParameter(2, SessionStatus.PLANNED)
                .setParameter(3, SessionStatus.OPEN).setParameter(4, now).setParameter(5, now.plus(AHEAD))
                .getResultStream()
                .collect(Collectors.groupingBy(s -> s.getSite().getId(), Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().limit(SESSIONS_PER_PLACE).map(s -> open(s, language)).toList())));
    }

    private OpenSession open(LearningSession session, String language) {
        List<String> titles = session.getModuleIds().stream()
                .map(id -> library.module(id).flatMap(m -> m.text(language).or(() -> m.text(Languages.DEFAULT)))
                        .map(t -> t.title()).orElse(null))
                .filter(Objects::nonNull).sorted().toList();
        return new OpenSession(session.getTitle(), session.getKind(), session.getStartsAt(), session.getEndsAt(), titles,
                session.getCapacity());
    }

    private static Place place(Site site, List<OpenSession> sessions) {
        return new Place(site.getId(), site.getName(), site.getOrganisation().getName(), site.getAddress(), site.getTown(),
                site.getOpeningHours(), site.getLanguagesSpoken(), site.getAccessibility(), site.getAccessibilityNote(),
                sessions);
    }
}
