package org.gefyra.learning.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.learning.sandbox.appointmentbooking.Timetable;
import org.gefyra.learning.sandbox.certificaterequest.CertificateForm;
import org.gefyra.learning.sandbox.emailinbox.InboxMessage;
import org.gefyra.learning.sandbox.govlogin.PortalSignIn;
import org.gefyra.learning.sandbox.videocall.VideoCall;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every pretend website speaks every interface language: the same words, with the same blanks. */
class SandboxWordsTest {

    private static final Pattern BLANK = Pattern.compile("\\{\\d}");

    @ParameterizedTest
    @ValueSource(strings = {"el", "it", "sv", "ar"})
    void everyLanguageHasEveryWordWithTheSameBlanks(String language) throws IOException {
        Properties english = words("");
        Properties translated = words("_" + language);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertFalse(translated.getProperty(key).isBlank(), key);
            assertEquals(blanks(english.getProperty(key)), blanks(translated.getProperty(key)), key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_el", "_it", "_sv", "_ar"})
    void everyPretendThingHasItsWords(String suffix) throws IOException {
        Properties words = words(suffix);
        for (InboxMessage message : InboxMessage.values()) {
            for (String part : message.isScam() ? new String[] {"sender", "subject", "body", "link"}
                    : new String[] {"sender", "subject", "body", "why"}) {
                assertTrue(words.containsKey("inbox." + message.id() + "." + part), message.id() + "." + part);
            }
        }
        CertificateForm.CERTIFICATES.forEach(c -> assertTrue(words.containsKey("certificate.name." + c), c));
        VideoCall.CONTACTS.forEach(c -> assertTrue(words.containsKey("call.who." + c), c));
        PortalSignIn.SERVICES.forEach(s -> assertTrue(words.containsKey("login.tile." + s) && words.containsKey("login.service." + s), s));
        Timetable.days().forEach(d -> assertTrue(words.containsKey("booking.day." + d), d));
    }

    private static Properties words(String suffix) throws IOException {
        Properties words = new Properties();
        try (InputStream in = SandboxWordsTest.class.getResourceAsStream("/org/gefyra/i18n/sandbox" + suffix + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    private static TreeSet<String> blanks(String text) {
        TreeSet<String> blanks = new TreeSet<>();
        Matcher matcher = BLANK.matcher(text);
        while (matcher.find()) {
            blanks.add(matcher.group());
        }
        return blanks;
    }
}
