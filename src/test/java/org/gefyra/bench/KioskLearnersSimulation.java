package org.gefyra.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Kiosk learners: each signs in with the code of their card, opens a module, reads its steps,
 * answers its quizzes (the first one wrong, then right), practises in its sandbox, rates their
 * confidence and signs out, thinking about ten seconds before each step. Learner pages are
 * stateless views; the sandbox is a view-scoped page whose view state is read from each answer
 * and sent back, as a browser does.
 *
 * <p>System properties: {@code base} (http://127.0.0.1:9080), {@code learners} (users started),
 * {@code rampSeconds}, {@code thinkSeconds} (10), {@code cards} (comma-separated codes, default the
 * demo learners'; {@code generated:SEED:COUNT} for those of the data generator), {@code serverPid}
 * (a Liberty pid, or its .pid file, to report the server's CPU and memory).
 */
public class KioskLearnersSimulation extends Simulation {

    private static final String MODULE = "benefits-form";
    private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";

    private final int learners = Integer.getInteger("learners", 5);
    private final int rampSeconds = Integer.getInteger("rampSeconds", 5);
    private final double thinkSeconds = Double.parseDouble(System.getProperty("thinkSeconds", "10"));
    private final ServerUsage server = ServerUsage.of(System.getProperty("serverPid"));

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("base", "http://127.0.0.1:9080"))
            .acceptEncodingHeader("gzip, deflate")
            .acceptLanguageHeader("en")
            .acceptHeader("text/html,application/xhtml+xml")
            .userAgentHeader("Gefyra load scenario")
            .inferHtmlResources() // what a browser loads too, kept in each learner's cache as a browser does
            .silentResources()
            .disableFollowRedirect();

    private final Iterator<Map<String, Object>> cards = Stream.generate(CardCodes.of(System.getProperty("cards")))
            .map(code -> Map.<String, Object>of("card", code)).iterator();

    private ChainBuilder think() {
        long millis = Math.round(thinkSeconds * 1000);
        return pause(Duration.ofMillis(millis * 8 / 10), Duration.ofMillis(Math.max(1, millis * 12 / 10)));
    }

    /** A request, after a moment's thought, whose response time is kept under its kind. */
    private static ChainBuilder timed(String kind, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("time")))
                .exec(session -> {
                    Latencies.add(kind, session.contains("time") ? session.getInt("time") : null);
                    return session.remove("time");
                });
    }

    private ChainBuilder step(String stepId) {
        return think().exec(timed("step page", http("step page")
                .get("/learn/step.xhtml?module=" + MODULE + "&step=" + stepId)
                .check(status().is(200), css("main h1").exists(), css(VIEW_STATE, "value").optional().saveAs("viewState"))));
    }

    private ChainBuilder answer(String stepId, String option) {
        return think().exec(timed("quiz answer", http("quiz answer").post("/learn/step.xhtml")
                .formParam("quiz", "quiz").formParam("module", MODULE).formParam("step", stepId)
                .formParam("chosen", option).formParam("quiz:check", "check")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(status().is(200), regex("feedback-(right|wrong)").exists())));
    }

    /** Where a form sent its answer; the next request goes there, as the browser would. */
    private static HttpRequestActionBuilder redirected(HttpRequestActionBuilder request, String to) {
        return request.check(status().is(302), header("Location").transform(l -> l.replaceFirst("^https?://[^/]+", ""))
                .saveAs("next"), header("Location").find().transform(l -> l.contains(to)).is(true));
    }

    private final ScenarioBuilder kioskLearner = scenario("kiosk learner")
            .feed(cards)
            .exec(timed("card page", http("card page").get("/kiosk/card.xhtml")
                    .check(status().is(200), css(VIEW_STATE, "value").saveAs("viewState"))))
            .exec(think())
            .exec(timed("sign in with card", redirected(http("sign in with card").post("/kiosk/card.xhtml")
                    .formParam("card", "card").formParam("card:code", "#{card}").formParam("card:submit", "submit")
                    .formParam("jakarta.faces.ViewState", "#{viewState}"), "/learn/index.xhtml")))
            // A learner who could not sign in goes no further: each of their next pages would fail
            // too (sent back to the kiosk), and some could not even be asked for, which hid the one
            // cause behind a dozen errors and a request count short of the expected.
            .exitHereIfFailed()
            .exec(timed("my lessons", http("my lessons").get("#{next}").check(status().is(200))))
            .exec(think())
            .exec(timed("module page", http("module page").get("/learn/module.xhtml?id=" + MODULE)
                    .check(status().is(200), regex("name=\"module:(rate3|continue)\"").saveAs("start"),
                            css(VIEW_STATE, "value").saveAs("viewState"))))
            .exec(think())
            .exec(timed("start module", redirected(http("start module").post("/learn/module.xhtml")
                    .formParam("module", "module").formParam("id", MODULE).formParam("module:#{start}", "#{start}")
                    .formParam("jakarta.faces.ViewState", "#{viewState}"), "/learn/step.xhtml")))
            .exec(timed("step page", http("step page").get("#{next}").check(status().is(200))))
            .exec(step("find-form"), step("form-quiz"), answer("form-quiz", "birth"), answer("form-quiz", "residence"),
                    step("fill-in"), step("send-quiz"), answer("send-quiz", "read-again"), step("try-it"))
            .exec(think())
            .exec(timed("sandbox page", http("sandbox page")
                    .get("/learn/sandbox/certificate-request.xhtml?module=" + MODULE + "&step=try-it")
                    .check(status().is(200), css(VIEW_STATE, "value").saveAs("viewState"),
                            regex("name=\"(request:[^\"]*choose)\"").saveAs("choose"))))
            .exec(think())
            .exec(timed("sandbox action", http("sandbox action").post("/learn/sandbox/certificate-request.xhtml")
                    .formParam("request", "request").formParam("#{choose}", "choose")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), css(VIEW_STATE, "value").notNull())))
            .exec(step("well-done"))
            .exec(think())
            .exec(timed("finish page", http("finish page").get("/learn/finish.xhtml?module=" + MODULE)
                    .check(status().is(200), css(VIEW_STATE, "value").saveAs("viewState"))))
            .exec(think())
            .exec(timed("rate after", http("rate after").post("/learn/finish.xhtml")
                    .formParam("finish", "finish").formParam("module", MODULE).formParam("finish:rate4", "rate4")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().in(200, 302))))
            .exec(think())
            .exec(timed("sign out", redirected(http("sign out").post("/sign-out").body(StringBody("")), "/kiosk/")));

    @Override
    public void before() {
        Latencies.start();
        server.start();
    }

    @Override
    public void after() {
        Latencies.print();
        server.report();
    }

    {
        setUp(kioskLearner.injectOpen(rampUsers(learners).during(Duration.ofSeconds(rampSeconds))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
