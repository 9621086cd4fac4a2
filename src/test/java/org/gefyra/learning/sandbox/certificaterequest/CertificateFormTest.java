package org.gefyra.learning.sandbox.certificaterequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gefyra.learning.sandbox.Difference;
import org.gefyra.learning.sandbox.TypedText;
import org.junit.jupiter.api.Test;

/** A learner requests a certificate on the pretend town hall portal. */
class CertificateFormTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 8);
    private static final CertificateForm FILLED = new CertificateForm("birth", "Anna Rossi", "15", "3", "1950",
            "email", "anna@example.org", null, null);

    @Test
    void theCertificateOfTheTaskReachesTheGoal() {
        assertTrue(FILLED.problems(TODAY).isEmpty());
        assertTrue(FILLED.check(Map.of("certificate", "birth")).isReached());
    }

    @Test
    void anotherCertificateIsNamed() {
        assertEquals(List.of(new Difference("certificate", "birth", "residence")),
                FILLED.check(Map.of("certificate", "residence")).differences());
    }

    @Test
    void emptyBoxesAreNamedOneByOne() {
        CertificateForm empty = new CertificateForm("birth", " ", null, null, null, null, null, null, null);
        assertEquals(Map.of("name", TypedText.REQUIRED, "birthDay", TypedText.REQUIRED,
                "delivery", CertificateForm.CHOOSE_DELIVERY), empty.problems(TODAY));
    }

    @Test
    void datesMustExistAndBeInThePast() {
        assertEquals(CertificateForm.BAD_DATE, withDate("31", "2", "1950").problems(TODAY).get("birthDay"));
        assertEquals(CertificateForm.BAD_DATE, withDate("1", "13", "1950").problems(TODAY).get("birthDay"));
        assertEquals(CertificateForm.BAD_DATE, withDate("1", "1", "50").problems(TODAY).get("birthDay"));
        assertEquals(CertificateForm.BAD_DATE, withDate("1", "1", "1850").problems(TODAY).get("birthDay"));
        assertEquals(CertificateForm.BAD_DATE, withDate("one", "1", "1950").problems(TODAY).get("birthDay"));
        assertEquals(CertificateForm.FUTURE_DATE, withDate("1", "1", "2030").problems(TODAY).get("birthDay"));
        assertTrue(withDate("29", "02", "1952").problems(TODAY).isEmpty());
    }

    @Test
    void deliveryNeedsAnEmailAddressOrAHomeAddress() {
        assertEquals(Map.of("email", CertificateForm.BAD_EMAIL), delivered("email", "anna.example.org", null).problems(TODAY));
        assertEquals(Map.of("email", TypedText.REQUIRED), delivered("email", "", "Via Roma 1").problems(TODAY));
        assertEquals(Map.of("address", TypedText.REQUIRED), delivered("post", "anna@example.org", " ").problems(TODAY));
        assertTrue(delivered("post", null, "Via Roma 1, Bologna").problems(TODAY).isEmpty());
        assertEquals(Map.of("delivery", CertificateForm.CHOOSE_DELIVERY), delivered("pigeon", null, null).problems(TODAY));
    }

    @Test
    void tamperedOrHugeInputGetsAMessageNotAnError() {
        CertificateForm tampered = new CertificateForm("passport", "<script>alert(1)</script>", "1", "1", "1950",
                "post", null, "x".repeat(10_000), "bribe");
        assertEquals(Map.of("certificate", CertificateForm.CHOOSE_CERTIFICATE, "name", TypedText.CHARACTERS,
                "address", TypedText.TOO_LONG, "purpose", CertificateForm.CHOOSE_FROM_LIST), tampered.problems(TODAY));
    }

    private static CertificateForm withDate(String day, String month, String year) {
        return new CertificateForm("birth", "Anna Rossi", day, month, year, "email", "anna@example.org", null, "benefits");
    }

    private static CertificateForm delivered(String delivery, String email, String address) {
        return new CertificateForm("residence", "Ahmed Haddad", "2", "7", "1980", delivery, email, address, null);
    }
}
