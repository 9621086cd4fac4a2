package org.gefyra.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the integration tests: keeps cookies, does not follow
 * redirects (tests look at them), and speaks HTTP/1.1.
 */
public final class Http {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String base;
    private String language = "en";

    /** A client of the test server. */
    public Http() {
        this(Server.url(""), null);
    }

    /** A client of another address, such as a proxy in front of the test server, with its own TLS trust. */
    public Http(String base, javax.net.ssl.SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.client = builder.build();
        this.base = base;
    }

    public Http language(String language) {
        this.language = language;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET with headers of its own, such as an API's version header. */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A GET whose answer is kept as bytes: a downloaded file. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            throw new IllegalStateException("No answer from " + path, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
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
        return post(path, form, Map.of());
    }

    /** Posts a form with more headers, such as the {@code Origin} a browser would send. */
    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::setHeader);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    /** Calls the API as a program does: with a password, and the header that tells it is no HTML form. */
    public HttpResponse<String> post(String path, String username, String password) {
        return send(request(path).header("Authorization", basic(username, password)).header("X-Requested-By", "gefyra-tests")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A request exactly as given: any method, headers (such as Origin) and body; the client's cookies go along. */
    public HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = request(path);
        headers.forEach(request::setHeader);
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The basic-authentication header of a user name and password. */
    public static String basicAuthorization(String username, String password) {
        return basic(username, password);
    }

    /** A form as a page shows it: the address it posts to, and its hidden fields with the page's view state. */
    public record Form(String id, String action, Map<String, String> hidden) {
    }

    /**
     * Submits a Faces form on a page, as a browser would: opens the page, then posts the form's
     * hidden fields and the given ones, with the view state the page carries, to the form's own
     * address. Fails, saying why, when the page does not show that form: a test never posts a
     * form it could not have seen.
     */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields) {
        return send(form(path, formId), button, fields);
    }

    /** A form of a page as this client sees it; fails when the page does not show it. */
    public Form form(String path, String formId) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError("Cannot submit the form \"" + formId + "\": " + path + " answered "
                    + page.statusCode() + " without it" + location(page));
        }
        return formIn(page.body(), formId).orElseThrow(() -> new AssertionError("Cannot submit the form \"" + formId
                + "\": " + path + " does not show it"));
    }

    /** A form in a page, with its hidden fields and the page's view state. */
    public static Optional<Form> formIn(String page, String formId) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*\\saction=\"([^\"]*)\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(page);
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!form.find() || !viewState.find()) {
            return Optional.empty();
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher field = HIDDEN.matcher(form.group(2));
        while (field.find()) {
            hidden.put(field.group(1), field.group(2).replace("&amp;", "&"));
        }
        hidden.put("jakarta.faces.ViewState", viewState.group(1));
        return Optional.of(new Form(formId, form.group(1).replace("&amp;", "&"), hidden));
    }

    /** The fields a form sends: its hidden ones, the given ones (named within the form) and the button. */
    public static Map<String, String> fields(Form form, String button, Map<String, String> fields) {
        Map<String, String> sent = new LinkedHashMap<>(form.hidden());
        sent.put(form.id(), form.id());
        fields.forEach((name, value) -> sent.put(name.contains(":") || name.indexOf('.') > 0 ? name : form.id() + ":" + name, value));
        sent.put(form.id() + ":" + button, button);
        return sent;
    }

    /** A form body, URL-encoded. */
    public static String encoded(Map<String, String> form) {
        return encode(form);
    }

    /**
     * Sends a form with the given fields and button. The form may come from another client's
     * page: that is how someone who may not open a page could still send its form.
     */
    public HttpResponse<String> send(Form form, String button, Map<String, String> fields) {
        return send(form, button, fields, Map.of());
    }

    /** Sends a form with more headers, such as the {@code Origin} a browser would send. */
    public HttpResponse<String> send(Form form, String button, Map<String, String> fields, Map<String, String> headers) {
        return post(form.action(), fields(form, button, fields), headers);
    }

    /** Sends a form whose answer is a file (a PDF): the answer's bytes as they came. */
    public HttpResponse<byte[]> download(Form form, String button, Map<String, String> fields) {
        Map<String, String> sent = new LinkedHashMap<>(form.hidden());
        sent.put(form.id(), form.id());
        fields.forEach((name, value) -> sent.put(name.contains(":") || name.indexOf('.') > 0 ? name : form.id() + ":" + name, value));
        sent.put(form.id() + ":" + button, button);
        try {
            return client.send(request(form.action()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(sent))).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            throw new IllegalStateException("No answer from " + form.action(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").map(l -> " (to " + l + ")").orElse("");
    }

    /** Signs in as staff through the sign-in page, as a person would. */
    public HttpResponse<String> signIn(String username, String password) {
        return submit("/sign-in.xhtml", "signIn", "submit", Map.of("username", username, "password", password));
    }

    /** The value of a cookie this client keeps, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Keeps a cookie for the server's whole site, as a device that was given it. */
    public Http withCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        return this;
    }

    public boolean hasSession() {
        return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
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
