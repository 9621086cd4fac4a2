package org.gefyra.learning.sandbox.billpayment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gefyra.learning.sandbox.Difference;
import org.gefyra.learning.sandbox.TypedText;
import org.junit.jupiter.api.Test;

/** A learner pays a bill on the pretend payment page with a pretend card. */
class PaymentTest {

    private static final Map<String, String> GOAL = Map.of("reference", "RF18 5390 0754 7034", "amount", "42.50");

    @Test
    void theBillOfTheTaskReachesTheGoalHoweverItIsTyped() {
        assertTrue(paid("RF18 5390 0754 7034", "42.50").check(GOAL).isReached());
        assertTrue(paid("rf18539007547034", "42,50").check(GOAL).isReached());
        assertTrue(paid(" Rf18 5390  0754 7034 ", "42,5 €").check(GOAL).isReached());
        assertTrue(paid("RF18-5390-0754-7034", "€ 42.50").check(GOAL).isReached());
    }

    @Test
    void aDifferentReferenceOrAmountIsNamed() {
        assertEquals(List.of(new Difference("reference", "RF18 5390 0754 7043", "RF18 5390 0754 7034")),
                paid("RF18 5390 0754 7043", "42.50").check(GOAL).differences());
        assertEquals(List.of(new Difference("amount", "42.05", "42.50")),
                paid("RF18 5390 0754 7034", "42.05").check(GOAL).differences());
        assertEquals(2, paid("RF00 0000", "4250").check(GOAL).differences().size());
    }

    @Test
    void aGoalWithOnlyAnAmountAcceptsAnyReference() {
        assertTrue(paid("RF99 1234", "12").check(Map.of("amount", "12.00")).isReached());
    }

    @Test
    void amountsWithAPointOrACommaAreTheSame() {
        assertEquals(Optional.of(new BigDecimal("42.50")), Payment.parseAmount("42.50"));
        assertEquals(Optional.of(new BigDecimal("42.50")), Payment.parseAmount("42,50"));
        assertEquals(Optional.of(new BigDecimal("42.50")), Payment.parseAmount("42,5"));
        assertEquals(Optional.of(new BigDecimal("42.00")), Payment.parseAmount("42"));
        assertEquals(Optional.of(new BigDecimal("42.50")), Payment.parseAmount("42.50 EUR"));
        assertEquals(Optional.empty(), Payment.parseAmount("42.505"));
        assertEquals(Optional.empty(), Payment.parseAmount("forty-two"));
        assertEquals(Optional.empty(), Payment.parseAmount("1.042,50"));
        assertEquals(Optional.empty(), Payment.parseAmount("9".repeat(10_000)));
        assertEquals(Optional.empty(), Payment.parseAmount(null));
    }

    @Test
    void badReferencesAndAmountsGetAKindMessage() {
        assertEquals(Optional.empty(), Payment.referenceProblem("RF18 5390 0754 7034"));
        assertEquals(Optional.of(TypedText.REQUIRED), Payment.referenceProblem(""));
        assertEquals(Optional.of(TypedText.TOO_LONG), Payment.referenceProblem("R".repeat(10_000)));
        assertEquals(Optional.of(TypedText.CHARACTERS), Payment.referenceProblem("<script>"));
        assertEquals(Optional.of(Payment.BAD_REFERENCE), Payment.referenceProblem("RF18 ÄÖ!"));
        assertEquals(Optional.of(Payment.BAD_REFERENCE), Payment.referenceProblem("RF1"));
        assertEquals(Optional.empty(), Payment.amountProblem("42,50"));
        assertEquals(Optional.of(TypedText.REQUIRED), Payment.amountProblem(" "));
        assertEquals(Optional.of(Payment.BAD_AMOUNT), Payment.amountProblem("0"));
        assertEquals(Optional.of(Payment.BAD_AMOUNT), Payment.amountProblem("-5"));
    }

    @Test
    void onlyThePretendCardIsTaken() {
        assertTrue(PretendCard.problems("4000 1234 5678 9010", "12/29", "737", "Anna Rossi").isEmpty());
        assertTrue(PretendCard.problems("4000123456789010", "12 / 2029", " 737 ", "A. Rossi").isEmpty());
        assertEquals(Map.of("cardNumber", PretendCard.NOT_THE_CARD, "expiry", PretendCard.NOT_THE_EXPIRY,
                        "securityCode", PretendCard.NOT_THE_CODE, "holder", TypedText.REQUIRED),
                PretendCard.problems("5555 5555 5555 4444", "01/30", "123", ""));
        assertEquals(TypedText.TOO_LONG, PretendCard.problems("4".repeat(10_000), "12/29", "737", "A").get("cardNumber"));
        assertEquals("9010", PretendCard.lastDigits());
    }

    private static Payment paid(String reference, String amount) {
        return new Payment(reference, Payment.parseAmount(amount).orElseThrow());
    }

    @Test
    void eachKindOfReferenceAcceptsOnlyItsOwnFormatAndSaysWhy() {
        assertEquals(Optional.empty(), Payment.referenceProblem("3020 0012 3456 7890 12", ReferenceKind.PAYMENT_NOTICE));
        assertEquals(Optional.of("bill.error.reference.payment-notice"),
                Payment.referenceProblem("3020 0012 3456 7890", ReferenceKind.PAYMENT_NOTICE));
        assertEquals(Optional.of("bill.error.reference.payment-notice"),
                Payment.referenceProblem("RF18 5390 0754 7034", ReferenceKind.PAYMENT_NOTICE));
        assertEquals(Optional.empty(), Payment.referenceProblem("rf18 5390 0754 7034", ReferenceKind.RF));
        assertEquals(Optional.of("bill.error.reference.rf"), Payment.referenceProblem("5390 0754 7034", ReferenceKind.RF));
        assertEquals(Optional.empty(), Payment.referenceProblem("4711 0815 12", ReferenceKind.OCR));
        assertEquals(Optional.of("bill.error.reference.ocr"), Payment.referenceProblem("4711 A815", ReferenceKind.OCR));
        assertEquals(Optional.of(TypedText.REQUIRED), Payment.referenceProblem(" ", ReferenceKind.OCR));
        assertEquals(Payment.referenceProblem("RF18", ReferenceKind.FREE_TEXT), Payment.referenceProblem("RF18"));
    }

    @Test
    void aPaymentNoticeCodeReachesTheGoalWithOrWithoutItsSpaces() {
        Map<String, String> tari = Map.of("reference", "3020 0012 3456 7890 12", "amount", "187.00");
        assertTrue(paid("302000123456789012", "187").check(tari).isReached());
    }
}
