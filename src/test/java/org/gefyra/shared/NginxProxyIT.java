package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's reverse-proxy configuration works: nginx, with the snippet of
 * src/main/deploy/nginx, ends TLS in front of the test server (src/test/proxy/nginx.conf). Through
 * it, cookies carry Secure, answers carry HSTS, redirects stay on https, and a member of staff signs
 * in from the https page while the same form from anywhere else is refused. Skipped without
 * Debian's nginx and openssl, except under CI.
 */
class NginxProxyIT {

    private static Path dir;
    private static Process nginx;
    private static String proxy;

    @BeforeAll
    static void startNginx() throws Exception {
        Path program = Path.of("/usr/sbin/nginx");
        boolean installed = Files.isExecutable(program) && Files.isExecutable(Path.of("/usr/bin/openssl"));
        String ci = System.getenv("CI");
        if (!installed && ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail("CI is set, but this test needs Debian's nginx-light and openssl (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "nginx proxy test skipped: install Debian's nginx-light to run it");
        dir = Path.of(System.getProperty("gefyra.build.dir", "target"), "nginx-" + System.nanoTime()).toAbsolutePath();
        Path temp = Files.createDirectories(dir.resolve("temp"));
        temp.toFile().setWritable(true, false);
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.resolve("key.pem").toString(),
                "-out", dir.resolve("cert.pem").toString(), "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String conf = Files.readString(Path.of("src/test/proxy/nginx.conf"))
                .replace("@DIR@", dir.toString()).replace("@HTTPS_PORT@", String.valueOf(port))
                .replace("@GEFYRA_PORT@", String.valueOf(URI.create(Server.url("/")).getPort()))
                .replace("@DEPLOY@", Path.of("src/main/deploy/nginx").toAbsolutePath().toString());
        Files.writeString(dir.resolve("nginx.conf"), conf);
        nginx = new ProcessBuilder(program.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        proxy = "https://localhost:" + port;
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!answers(port)) {
            if (!nginx.isAlive() || System.nanoTime() > until) {
                fail("nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void cookiesAreSecureAndAnswersCarryHsts() {
        HttpResponse<String> home = visitor().get("/?lang=el");
        assertEquals(200, home.statusCode());
        assertEquals("max-age=31536000", home.headers().firstValue("Strict-Transport-Security").orElse(""));
        String cookie = home.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("gefyra-lang="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("; Secure"), cookie);
    }

    @Test
    void staffSignInFromTheHttpsPageAndTheSameFormFromElsewhereIsRefused() {
        Http eleni = visitor();
        Http.Form form = eleni.form("/sign-in.xhtml", "signIn");
        Map<String, String> fields = Map.of("username", "eleni", "password", Server.DEMO_PASSWORD);
        assertEquals(403, eleni.send(form, "submit", fields, Map.of("Origin", "https://evil.example")).statusCode());
        assertEquals(403, eleni.send(form, "submit", fields, Map.of("Origin", proxy.replace("https:", "http:")))
                .statusCode(), "the plain-http address is not the one the proxy serves");
        HttpResponse<String> signedIn = eleni.send(form, "submit", fields, Map.of("Origin", proxy));
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").startsWith(proxy + "/"),
                "the redirect stays on the proxy's https address: " + signedIn.headers().firstValue("Location"));
        assertEquals(200, eleni.get("/educator/index.xhtml").statusCode(), "signed in through the proxy");
    }

    private static Http visitor() {
        return new Http(proxy, trustingTheTestCertificate());
    }

    private static boolean answers(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.out").toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + Files.readString(dir.resolve("openssl.out")));
        }
    }

    /** Trusts the certificate this test made, and nothing matters beyond it: the proxy is on this machine. */
    private static SSLContext trustingTheTestCertificate() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return tls;
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
