package org.gefyra.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ServerFailuresTest {

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("org.gefyra.i18n.messages", locale).getString(key);
    }

    @Test
    void aDatabaseThatCannotWriteIsA503ToTryAgainInAMinuteInTheCallersLanguage() {
        Locale greek = Locale.forLanguageTag("el");
        ServerFailures.Answer answer = ServerFailures.answer(new TransactionalException("rolled back",
                new PersistenceException(new SQLException("Connection closed", "08003"))), greek);
        assertEquals(503, answer.status());
        assertEquals("60", answer.retryAfterSeconds());
        assertEquals(text(greek, "error.storage.title"), answer.body().getString("error"));
        assertEquals(text(greek, "error.storage.text"), answer.body().getString("detail"));
    }

    @Test
    void aWriteKeptBackByOtherRequestsIsA503ToTryAgainSoon() {
        ServerFailures.Answer answer = ServerFailures.answer(new PersistenceException(new SQLException("deadlock", "40P01")),
                Locale.forLanguageTag("ar"));
        assertEquals(503, answer.status());
        assertEquals("5", answer.retryAfterSeconds());
        assertEquals(text(Locale.forLanguageTag("ar"), "error.storage.title"), answer.body().getString("error"));
    }

    @Test
    void anyOtherFailureIsA500ThatShowsNothingOfTheServersInsides() {
        ServerFailures.Answer answer = ServerFailures.answer(
                new IllegalStateException("org.gefyra.Secret failed at SELECT * FROM learner", new SQLException("x", "42X01")),
                Locale.ENGLISH);
        assertEquals(500, answer.status());
        assertNull(answer.retryAfterSeconds());
        assertEquals(text(Locale.ENGLISH, "error.server.title"), answer.body().getString("error"));
        String body = answer.body().toString();
        assertFalse(body.contains("Exception") || body.contains("org.gefyra") || body.contains("SELECT"), body);
    }
}
