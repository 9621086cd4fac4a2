package org.gefyra.learning.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.gefyra.content.Sandboxes;
import org.gefyra.learning.sandbox.appointmentbooking.Appointment;
import org.gefyra.learning.sandbox.appointmentbooking.Timetable;
import org.gefyra.learning.sandbox.billpayment.BillPaymentSandbox;
import org.gefyra.learning.sandbox.certificaterequest.CertificateForm;
import org.gefyra.learning.sandbox.govlogin.PortalSignIn;
import org.gefyra.learning.sandbox.videocall.VideoCall;
import org.gefyra.shared.i18n.Languages;
import org.junit.jupiter.api.Test;

/**
 * The authors' guide lists what each practice website shows, screen by screen, with the words of
 * its titles, boxes and buttons in every language, so that a module's text can name them exactly.
 * The list is made from the sandbox bundle, so it cannot drift: when a word changes, this test
 * fails until the guide is written again with {@code -Dreadme.write=true}.
 */
class SandboxLabelsReadmeTest {

    private static final Path README = Path.of("content/README.md");
    private static final String START = "<!-- sandbox-labels:start (made from the sandbox bundle by SandboxLabelsReadmeTest) -->";
    private static final String END = "<!-- sandbox-labels:end -->";

    /** Each sandbox's screens, in order, and the bundle keys of what a learner reads and presses on each. */
    static Map<String, Map<String, List<String>>> screens() {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
        all.put("gov-login", screens(
                "The portal's home", keys("login.site", "login.home.title", "login.signIn", "login.tile.", PortalSignIn.SERVICES),
                "User name", List.of("login.userName.title", "login.userName.label", "login.next", "login.cancel"),
                "One-time code", List.of("login.code.title", "login.code.label", "login.phone.label", "login.code.new",
                        "login.code.changeUserName"),
                "Signed in", List.of("login.signedIn.text", "login.signOut")));
        all.put("appointment-booking", screens(
                "1. Service", keys("booking.site", "booking.service.title", "booking.service.", Appointment.SERVICES),
                "2. Day and time", keys("booking.time.title", "booking.days.title", "booking.day.", Timetable.DAYS),
                "3. Confirm", List.of("booking.review.title", "booking.label.service", "booking.label.day",
                        "booking.label.time", "booking.label.place", "booking.confirm", "booking.booked.title",
                        "booking.booked.number")));
        all.put("certificate-request", screens(
                "Certificates", keys("certificate.site", "certificate.list.title", "certificate.name.", CertificateForm.CERTIFICATES),
                "Search", List.of("certificate.search.label", "certificate.search.button"),
                "The form", List.of("certificate.label.name", "certificate.label.birthDay", "certificate.label.day",
                        "certificate.label.month", "certificate.label.year", "certificate.label.delivery",
                        "certificate.delivery.email", "certificate.delivery.post", "certificate.label.email",
                        "certificate.label.address", "certificate.label.purpose", "certificate.send"),
                "Sent", List.of("certificate.sent.title", "certificate.sent.number")));
        all.put("bill-payment", screens(
                "The bill", keys("bill.site", "bill.bill.title", "bill.label.kind", "bill.kind.", BillPaymentSandbox.BILLS,
                        "bill.label.reference", "bill.label.reference.rf", "bill.label.reference.payment-notice",
                        "bill.label.reference.ocr", "bill.label.amount", "bill.next"),
                "The card", List.of("bill.card.title", "bill.label.cardNumber", "bill.label.expiry",
                        "bill.label.securityCode", "bill.label.holder", "bill.back"),
                "Check and pay", List.of("bill.review.title", "bill.label.payee", "bill.pay", "bill.changeBill",
                        "bill.changeCard", "bill.receipt.title", "bill.receipt.number")));
        all.put("email-inbox", screens(
                "The inbox", List.of("inbox.site", "inbox.title", "inbox.open"),
                "A message", List.of("inbox.from", "inbox.report", "inbox.takeBack", "inbox.back")));
        all.put("video-call", screens(
                "Contacts", keys("call.site", "call.contacts.title", "call.name.", VideoCall.CONTACTS, "call.start"),
                "The call", List.of("call.microphoneOff", "call.cameraOff", "call.hangUp", "call.ended.title")));
        return all;
    }

    /** The table of every sandbox's words, in markdown, as the guide shows it. */
    static String table() {
        List<ResourceBundle> bundles = Languages.INTERFACE.stream()
                .map(code -> ResourceBundle.getBundle("org.gefyra.i18n.sandbox", Locale.forLanguageTag(code),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
                .toList();
        StringBuilder text = new StringBuilder(START).append("\n");
        screens().forEach((sandbox, screens) -> {
            text.append("\n#### `").append(sandbox).append("`: the words on its screens\n\n| screen | ");
            text.append(String.join(" | ", Languages.INTERFACE)).append(" |\n|").append(" --- |".repeat(Languages.INTERFACE.size() + 1))
                    .append("\n");
            screens.forEach((screen, keys) -> {
                for (String key : keys) {
                    text.append("| ").append(keys.indexOf(key) == 0 ? screen : "").append(" |");
                    for (ResourceBundle bundle : bundles) {
                        text.append(" ").append(cell(bundle.getString(key))).append(" |");
                    }
                    text.append("\n");
                }
            });
        });
        return text.append("\n").append(END).toString();
    }

    @Test
    void theGuideListsEveryScreensWordsInEveryLanguage() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "content/README.md has the sandbox words between " + START + " and " + END);
        String written = readme.substring(start, end + END.length());
        if (Boolean.getBoolean("readme.write")) {
            Files.writeString(README, readme.replace(written, table()), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(table(), written, "the sandbox words changed: run mvn -o -q test -Dtest=SandboxLabelsReadmeTest "
                + "-Dreadme.write=true and commit content/README.md");
    }

    @Test
    void everySandboxIsInTheGuide() {
        assertEquals(Sandboxes.ids().stream().sorted().toList(), screens().keySet().stream().sorted().toList());
    }

    private static Map<String, List<String>> screens(Object... screenAndKeys) {
        Map<String, List<String>> screens = new LinkedHashMap<>();
        for (int i = 0; i < screenAndKeys.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) screenAndKeys[i + 1];
            screens.put((String) screenAndKeys[i], keys);
        }
        return screens;
    }

    /** Keys, where a prefix followed by a list stands for the prefix with each value of the list. */
    private static List<String> keys(Object... parts) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] instanceof String key && i + 1 < parts.length && parts[i + 1] instanceof List<?> values) {
                values.forEach(value -> keys.add(key + value));
                i++;
            } else {
                keys.add((String) parts[i]);
            }
        }
        return keys;
    }

    /** A bundle text as a table cell: its blanks shown as "…", no line breaks or bars. */
    private static String cell(String text) {
        return text.replaceAll("\\{\\d[^}]*}", "…").replace("|", "\\|").replace("\n", " ");
    }
}
