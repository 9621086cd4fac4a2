package org.gefyra.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the integration tests: keeps cookies, does not follow
 * redirects (tests look at them), and speaks HTTP/1.1.
 */
public final class Http {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String language = "en";

    public Http language(String language) {
        this.language = language;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Asks for a compressed answer, as browsers do; the body stays as the bytes that came. */
    public HttpResponse<byte[]> gzip(String path) {
        try {
            return client.send(request(path).header("Accept-Encoding", "gzip").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            throw new IllegalStateException("No answer from " + path, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public HttpResponse<String> get(String path, String username, String password) {
        return send(request(path).header("Authorization", basic(username, password)).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    public HttpResponse<String> post(String path, String username, String password) {
        return send(request(path).header("Authorization", basic(username, password))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /**
     * Submits a Faces form on a page, as a browser would: opens the page, then posts the form's
     * fields with the view state the page carries to the form's own address. Fails, saying why,
     * when the page does not show that form: a test never posts a form it could not have seen.
     */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields) {
        HttpResponse<String> page = get(path);
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*\saction=\"([^\"]*)\"")
                .matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            throw new AssertionError("Cannot submit the form \"" + formId + "\": " + path + " answered "
                    + page.statusCode() + " without it" + location(page));
        }
        return post(form.group(1).replace("&amp;", "&"), form(formId, button, fields, viewState(page)));
    }

    /**
     * Posts a form of a page without having opened it, as someone who may not open that page
     * could: the fields a browser would send, with a view state copied from someone else's page.
     */
    public HttpResponse<String> forge(String path, String formId, String button, Map<String, String> fields,
            String copiedViewState) {
        return post(path.replaceAll("\\?.*", ""), form(formId, button, fields, copiedViewState));
    }

    /** The view state of a page as this client sees it: "stateless" only on the pages built as stateless views. */
    public String viewState(String path) {
        return viewState(get(path));
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError(page.uri() + " answered " + page.statusCode() + " without a Faces view state"
                    + location(page));
        }
        return viewState.group(1);
    }

    private static Map<String, String> form(String formId, String button, Map<String, String> fields, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(name.contains(":") || name.indexOf('.') > 0 ? name : formId + ":" + name, value));
        form.put(formId + ":" + button, button);
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").map(l -> " (to " + l + ")").orElse("");
    }

    /** Signs in as staff through the sign-in page, as a person would. */
    public HttpResponse<String> signIn(String username, String password) {
        return submit("/sign-in.xhtml", "signIn", "submit", Map.of("username", username, "password", password));
    }

    public boolean hasSession() {
        return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : Server.url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new IllegalStateException("No answer from " + request.uri(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
