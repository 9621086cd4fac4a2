package org.gefyra.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.junit.jupiter.api.Test;

/**
 * The authorisation table of {@link AuthorisationIT} is complete: every page under
 * {@code src/main/webapp}, every servlet and filter mapping (annotations and {@code web.xml}),
 * every URL pattern of a security constraint, every JAX-RS resource method, every health check
 * and every Faces form of a page has its row there (or, for a form, a written reason why it needs
 * none). A page, endpoint or form added without its row fails the build here, before any server runs.
 */
class AuthorisationTableTest {

    private static final java.nio.file.Path WEBAPP = java.nio.file.Path.of("src/main/webapp");
    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");
    private static final Pattern FORM = Pattern.compile("<h:form\\s[^>]*?id=\"([^\"]+)\"");
    private static final Pattern INCLUDE = Pattern.compile("<ui:include\\s+src=\"(/WEB-INF/includes/[^\"#]+)\"");
    private static final Pattern URL_PATTERN = Pattern.compile("<url-pattern>([^<]+)</url-pattern>");

    @Test
    void everyPageHasARow() throws IOException {
        List<String> missing = pages().stream().filter(page -> !covered("GET", page)).toList();
        assertTrue(missing.isEmpty(), "pages with no row in AuthorisationIT: " + missing);
    }

    @Test
    void everyServletFilterAndConstraintMappingHasARow() throws IOException {
        Set<String> patterns = new TreeSet<>();
        for (Class<?> type : classes()) {
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                patterns.addAll(List.of(servlet.value()));
                patterns.addAll(List.of(servlet.urlPatterns()));
            }
            WebFilter filter = type.getAnnotation(WebFilter.class);
            if (filter != null) {
                patterns.addAll(List.of(filter.value()));
                patterns.addAll(List.of(filter.urlPatterns()));
            }
        }
        Matcher inWebXml = URL_PATTERN.matcher(Files.readString(WEBAPP.resolve("WEB-INF/web.xml")));
        while (inWebXml.find()) {
            patterns.add(inWebXml.group(1).strip());
        }
        // "/*" is every request, and "*.xhtml" every page: the pages' test sees to those.
        patterns.removeAll(Set.of("/*", "*.xhtml"));
        assertFalse(patterns.isEmpty(), "the servlets and filters were found");
        List<String> missing = patterns.stream().filter(pattern -> !covered(null, pattern)).toList();
        assertTrue(missing.isEmpty(), "servlet, filter or constraint mappings with no row in AuthorisationIT: " + missing);
    }

    @Test
    void everyResourceMethodOfTheApiHasARow() throws IOException {
        String api = null;
        List<String> endpoints = new ArrayList<>();
        for (Class<?> type : classes()) {
            ApplicationPath application = type.getAnnotation(ApplicationPath.class);
            if (application != null) {
                api = application.value();
            }
        }
        assertTrue(api != null, "the JAX-RS application was found");
        for (Class<?> type : classes()) {
            Path resource = type.getAnnotation(Path.class);
            if (resource == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.add(verb + " " + join("/" + api, resource.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        assertTrue(endpoints.size() >= 5, "the resource methods were found: " + endpoints);
        List<String> missing = endpoints.stream().filter(endpoint -> {
            String[] parts = endpoint.split(" ", 2);
            return !covered(parts[0], parts[1]);
        }).toList();
        assertTrue(missing.isEmpty(), "API methods with no row in AuthorisationIT: " + missing);
    }

    @Test
    void everyHealthCheckHasARow() throws IOException {
        Set<String> endpoints = new TreeSet<>(Set.of("/health"));
        for (Class<?> type : classes()) {
            if (type.isAnnotationPresent(Liveness.class)) {
                endpoints.add("/health/live");
            }
            if (type.isAnnotationPresent(Readiness.class)) {
                endpoints.add("/health/ready");
            }
            if (type.isAnnotationPresent(Startup.class)) {
                endpoints.add("/health/started");
            }
        }
        List<String> missing = endpoints.stream().filter(endpoint -> !covered("GET", endpoint)).toList();
        assertTrue(missing.isEmpty(), "health endpoints with no row in AuthorisationIT: " + missing);
    }

    /**
     * Every Faces form of every page (its own and those of the parts it includes) is sent by every
     * kind of person in {@link AuthorisationIT#changes()}, or says why it need not be.
     */
    @Test
    void everyFormOfAPageHasARowOrAReason() throws IOException {
        Set<String> tried = new LinkedHashSet<>();
        for (AuthorisationIT.Change change : AuthorisationIT.changeRows()) {
            tried.add(withoutQuery(change.page()) + "#" + change.form());
        }
        Map<String, String> reasons = AuthorisationIT.FORMS_WITHOUT_A_ROW;
        List<String> missing = new ArrayList<>();
        Set<String> forms = new TreeSet<>();
        for (String page : pages()) {
            for (String form : formsOf(page.substring(1), new LinkedHashSet<>())) {
                forms.add(page + "#" + form);
            }
        }
        for (String form : forms) {
            if (!tried.contains(form) && !reasons.containsKey(form)) {
                missing.add(form);
            }
        }
        assertTrue(forms.size() > 40, "the forms were found: " + forms.size());
        assertTrue(missing.isEmpty(), "Faces forms with neither a row in AuthorisationIT.changes() nor a reason in "
                + "FORMS_WITHOUT_A_ROW: " + missing);
        List<String> stale = reasons.keySet().stream().filter(form -> !forms.contains(form)).toList();
        assertTrue(stale.isEmpty(), "reasons given for forms that no page has any more: " + stale);
        List<String> unknown = tried.stream().filter(form -> !forms.contains(form)).toList();
        assertTrue(unknown.isEmpty(), "rows for forms that no page has: " + unknown);
    }

    /** Every page people may ask for: each .xhtml outside WEB-INF, as its address. */
    private static List<String> pages() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
            List<String> pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/")).sorted().toList();
            assertTrue(pages.size() > 40, "the pages were found: " + pages.size());
            return pages;
        }
    }

    /** The ids of the forms of a Facelets file and of the files it includes. */
    private static Set<String> formsOf(String file, Set<String> seen) throws IOException {
        Set<String> forms = new LinkedHashSet<>();
        if (!seen.add(file)) {
            return forms;
        }
        String text = Files.readString(WEBAPP.resolve(file));
        Matcher form = FORM.matcher(text);
        while (form.find()) {
            forms.add(form.group(1));
        }
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            forms.addAll(formsOf(include.group(1).substring(1), seen));
        }
        return forms;
    }

    /**
     * Whether a row asks for this address (or, for a pattern "/x/*", for something under it) with
     * this method (any, when null), or a test named in TRIED_ELSEWHERE does.
     */
    private static boolean covered(String method, String pattern) {
        List<String> asked = new ArrayList<>();
        for (AuthorisationIT.Row row : AuthorisationIT.rows()) {
            if (method == null || row.method().equals(method)) {
                asked.add(withoutQuery(row.path()));
            }
        }
        AuthorisationIT.TRIED_ELSEWHERE.keySet().stream().map(key -> key.split(" ", 2))
                .filter(key -> method == null || key[0].equals(method)).forEach(key -> asked.add(key[1]));
        if (pattern.endsWith("/*")) {
            String folder = pattern.substring(0, pattern.length() - 1);
            return asked.stream().anyMatch(path -> path.startsWith(folder));
        }
        String regex = Pattern.quote(pattern).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return asked.stream().anyMatch(path -> path.matches(regex));
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    private static final Map<String, Class<?>> CLASSES_FOUND = new LinkedHashMap<>();

    /** The application's own classes, as compiled. */
    private static synchronized Iterable<Class<?>> classes() throws IOException {
        if (CLASSES_FOUND.isEmpty()) {
            try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = CLASSES.relativize(file).toString().replace('\\', '/').replace('/', '.')
                            .replaceAll("\\.class$", "");
                    if (name.startsWith("org.gefyra.") && !name.endsWith("package-info")) {
                        try {
                            CLASSES_FOUND.put(name, Class.forName(name, false, AuthorisationTableTest.class.getClassLoader()));
                        } catch (ClassNotFoundException | LinkageError notLoadable) {
                            throw new AssertionError("cannot read " + name, notLoadable);
                        }
                    }
                }
            }
        }
        return CLASSES_FOUND.values();
    }
}
