package org.gefyra.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gefyra.shared.security.Role;
import org.gefyra.learner.AgeBand;
import org.gefyra.learner.Picture;
import org.gefyra.learner.TargetGroup;
import org.gefyra.learning.LearnerSearch;
import org.gefyra.organisation.Accessibility;
import org.gefyra.organisation.OrganisationKind;
import org.gefyra.organisation.SiteKind;
import org.gefyra.session.AttendanceStatus;
import org.gefyra.session.LiveAttendee;
import org.gefyra.session.SessionKind;
import org.gefyra.session.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every string of the interface exists in all five languages with the same blanks, is a pattern
 * that fills in, and every key a page or class uses exists.
 */
class BundlesTest {

    private static final Path I18N = Path.of("src/main/resources/org/gefyra/i18n");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "content-errors", "faces", "sandbox"})
    void everyLanguageHasExactlyTheKeysOfTheEnglishBundle(String bundle) throws IOException {
        Properties english = load(I18N.resolve(bundle + ".properties"));
        for (String language : Languages.INTERFACE) {
            if (language.equals("en")) {
                continue;
            }
            Path file = I18N.resolve(bundle + "_" + language + ".properties");
            assertTrue(Files.exists(file), file + " is missing");
            Properties translated = load(file);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()),
                    file + " has other keys than the English bundle");
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)),
                        file + ": " + key + " must keep the placeholders");
                assertTrue(!translated.getProperty(key).isBlank(), file + ": " + key + " is empty");
            }
        }
    }

    /** The bundles that {@link Texts} reads, as ICU MessageFormat patterns. */
    @ParameterizedTest
    @ValueSource(strings = {"messages", "content-errors", "sandbox"})
    void everyTextIsAPatternThatFillsInInItsLanguage(String bundle) throws IOException {
        for (String language : Languages.INTERFACE) {
            Path file = I18N.resolve(bundle + (language.equals("en") ? "" : "_" + language) + ".properties");
            Properties texts = load(file);
            Locale locale = Locale.forLanguageTag(language);
            for (String key : texts.stringPropertyNames()) {
                MessageFormat pattern = new MessageFormat(texts.getProperty(key), locale);
                Object[] blanks = new Object[pattern.getArgumentNames().size()];
                Arrays.fill(blanks, 3);
                String filledIn = pattern.format(blanks);
                assertTrue(!filledIn.contains("{") && !filledIn.contains("}"), file + ": " + key + " leaves a blank: " + filledIn);
            }
        }
    }

    /** Faces fills in its own messages with Java's MessageFormat, where a single apostrophe disappears. */
    @Test
    void facesMessagesDoubleTheirApostrophes() throws IOException {
        for (String language : Languages.INTERFACE) {
            Path file = I18N.resolve("faces" + (language.equals("en") ? "" : "_" + language) + ".properties");
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                assertFalse(texts.getProperty(key).replace("''", "").contains("'"), file + ": " + key);
            }
        }
    }

    /** The sandboxes' own words are in the sandbox bundle, checked above for every language. */
    @Test
    void everyKeyThatPagesAndClassesUseExists() throws IOException {
        Properties messages = load(I18N.resolve("messages.properties"));
        Set<String> used = new TreeSet<>();
        Pattern inPages = Pattern.compile("(?:msg\\['|texts\\.(?:format|pluralForms)\\(')([A-Za-z0-9_.]+)'");
        Pattern inJava = Pattern.compile("Messages\\.(?:error|info|text)\\(\\s*\"([A-Za-z0-9_.]+)\"|\"(error\\.[A-Za-z]+)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/webapp")), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("sandbox")).toList()) {
                String text = Files.readString(file);
                Matcher matcher = (file.toString().endsWith(".java") ? inJava : inPages).matcher(text);
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            used.add("organisationKind." + kind);
        }
        for (SiteKind kind : SiteKind.values()) {
            used.add("siteKind." + kind);
        }
        for (Role role : Role.values()) {
            used.add("role." + role);
        }
        Stream.of(AgeBand.values(), TargetGroup.values(), Picture.values()).flatMap(Stream::of)
                .forEach(value -> used.add(value.getClass().getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT)
                        + value.getClass().getSimpleName().substring(1) + "." + value));
        for (LearnerSearch.LastSeen when : LearnerSearch.LastSeen.values()) {
            used.add("lastSeen." + when);
        }
        Stream.of(SessionKind.values()).forEach(kind -> used.add("sessionKind." + kind));
        Stream.of(SessionStatus.values()).forEach(status -> used.add("sessionStatus." + status));
        Stream.of(AttendanceStatus.values()).forEach(status -> used.addAll(List.of("attendanceStatus." + status,
                "session.attendance.mark." + status)));
        Stream.of(LiveAttendee.NeedsHelp.values()).forEach(why -> used.add("session.live.help." + why));
        Stream.of(Accessibility.values()).forEach(access -> used.add("accessibility." + access));
        used.addAll(List.of("session.opened", "session.closed", "session.cancelled", "session.notes.saved",
                "session.attendance.marked"));
        used.removeIf(key -> key.endsWith("."));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(messages.stringPropertyNames());
        assertTrue(missing.isEmpty(), "keys used but not in messages.properties: " + missing);
        assertTrue(used.size() > 100, "found " + used.size());
    }

    /** The blanks of a text: {0}, {1}, ... however they are used (plain, plural, number, date). */
    private static Set<String> placeholders(String text) {
        return new TreeSet<>(new MessageFormat(text, Locale.ROOT).getArgumentNames());
    }

    /** A bundle as it loads; a key written twice fails (a merge may leave one twice, and the last would silently win). */
    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                assertFalse(containsKey(key), file + ": " + key + " is there twice");
                return super.put(key, value);
            }
        };
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
