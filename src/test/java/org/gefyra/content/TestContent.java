package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A content folder in a test's temporary directory. A test writes a good module, the one from the
 * authors' guide, and then breaks one thing in it, the way an author would.
 */
final class TestContent {

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#1d3557\"/></svg>\n";

    /** The good module's structure: a read step with an image, a quiz, a practice and a closing page. */
    static String moduleYaml(String id) {
        return """
                id: %s
                version: 1
                audience: [older-people]
                digcomp: ["2.3"]
                level: 1
                minutes: 10
                cover: images/cover.svg
                steps:
                  - id: welcome
                    type: read
                    image: images/nurse.svg
                  - id: which-service
                    type: quiz
                    options: [nurse, dentist, vaccination]
                    correct: nurse
                  - id: try-it
                    type: practice
                    sandbox: appointment-booking
                    goal: { service: nurse, day: monday, time: "09:30" }
                  - id: well-done
                    type: read
                """.formatted(id);
    }

    /** The good module's words; the English words, whatever the language code. */
    static String textYaml(String language) {
        return """
                language: %s
                title: Book a visit to the nurse
                summary: Book a blood pressure check with the nurse at your health centre.
                can_do: I can book a visit to the nurse online.
                steps:
                  welcome:
                    title: Welcome
                    body: |
                      The nurse can check your **blood pressure**.

                      - Choose the service.
                      - Press **Confirm**.
                    image_alt: A nurse smiling in a health centre
                  which-service:
                    title: Which service?
                    body: Maria wants her blood pressure checked. Which service does she choose?
                    options:
                      nurse:
                        text: Nurse
                        feedback: The nurse checks blood pressure.
                      dentist:
                        text: Dentist
                        feedback: The dentist looks after teeth.
                      vaccination:
                        text: Vaccination
                        feedback: Vaccination is for vaccines.
                  try-it:
                    title: Now you try
                    body: Book a visit to the **nurse** on **Monday** at **09:30**. Nothing is sent anywhere.
                  well-done:
                    title: Well done!
                    body: You booked a visit to the nurse.
                """.formatted(language);
    }

    /** The same module translated into Ukrainian. */
    static final String TEXT_UK = """
            language: uk
            title: Запишіться до медсестри
            summary: Запишіться на вимірювання тиску до медсестри у вашому центрі здоров'я.
            can_do: Я можу сам записатися до медсестри через інтернет.
            steps:
              welcome:
                title: Ласкаво просимо
                body: |
                  Медсестра може виміряти ваш **тиск**.

                  - Оберіть послугу.
                  - Натисніть **Підтвердити**.
                image_alt: Усміхнена медсестра в центрі здоров'я
              which-service:
                title: Яка послуга?
                body: Марія хоче виміряти тиск. Яку послугу вона обирає?
                options:
                  nurse:
                    text: Медсестра
                    feedback: Медсестра вимірює тиск.
                  dentist:
                    text: Стоматолог
                    feedback: Стоматолог лікує зуби.
                  vaccination:
                    text: Вакцинація
                    feedback: Вакцинація — це щеплення.
              try-it:
                title: Тепер спробуйте ви
                body: Запишіться до **медсестри** на **понеділок** о **09:30**. Нічого нікуди не надсилається.
              well-done:
                title: Чудово!
                body: Ви записалися до медсестри.
            """;

    private final Path root;

    TestContent(Path root) {
        this.root = root;
        try {
            Files.createDirectories(modules());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a good module in the given languages (English when none is given), with its pictures. */
    TestContent goodModule(String id, String... languages) {
        write(id + "/module.yaml", moduleYaml(id));
        write(id + "/images/cover.svg", SVG);
        write(id + "/images/nurse.svg", SVG);
        for (String language : languages.length == 0 ? List.of("en") : List.of(languages)) {
            write(id + "/text." + language + ".yaml", textYaml(language));
        }
        return this;
    }

    /** Writes a file under {@code modules/}, creating its folders. */
    TestContent write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    TestContent write(String path, byte[] bytes) {
        try {
            Path file = modules().resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Changes the first occurrence of {@code from}, which must be there: a test never breaks nothing. */
    TestContent change(String path, String from, String to) {
        String text = read(path);
        int at = text.indexOf(from);
        if (at < 0) {
            fail("the test expected \"" + from + "\" in " + path);
        }
        return write(path, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    TestContent delete(String path) {
        try {
            assertTrue(Files.deleteIfExists(modules().resolve(path)), path + " should exist");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The line, counted from 1, of the first line of the file that contains the marker. */
    int lineOf(String path, String marker) {
        List<String> lines = read(path).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        return fail("no line of " + path + " contains \"" + marker + "\"");
    }

    String read(String path) {
        try {
            return Files.readString(modules().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    Path modules() {
        return root.resolve("modules");
    }

    ContentSnapshot load() {
        return new ModuleLoader(root).load();
    }
}
