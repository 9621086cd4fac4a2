package org.gefyra.learning.sandbox.billpayment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Map;
import org.gefyra.learning.sandbox.Difference;
import org.gefyra.learning.sandbox.ReferenceNumbers;
import org.gefyra.learning.sandbox.billpayment.BillPaymentSandbox;
import org.gefyra.learning.sandbox.billpayment.Payment;
import org.gefyra.learning.sandbox.billpayment.PretendCard;
import org.gefyra.learning.sandbox.billpayment.ReferenceKind;
import org.gefyra.learning.sandbox.web.PracticeView;
import org.gefyra.learning.sandbox.web.SandboxTexts;

/**
 * The pretend payment page ({@code learn/sandbox/bill-payment.xhtml}): the bill's payment reference
 * and amount, the pretend card, a last check with "Pay", and a receipt. The water company's page,
 * unless the practice step's settings and texts make it another payee's, with another kind of bill
 * and of payment reference.
 */
@Named
@ViewScoped
public class BillPaymentView extends PracticeView {

    private static final long serialVersionUID = 1L;

    public enum Screen { BILL, CARD, REVIEW, RECEIPT }

    private Screen screen = Screen.BILL;
    private String reference;
    private String amountTyped;
    private BigDecimal amount;
    private String cardNumber;
    private String expiry;
    private String securityCode;
    private String holder;
    private String receiptNumber;

    public BillPaymentView() {
        super(BillPaymentSandbox.ID);
    }

    @Override
    protected String formId() {
        return "payment";
    }

    @Override
    protected String labelKey(String field) {
        return "bill.label." + field + (field.equals("reference") ? referenceKind().wordsSuffix() : "");
    }

    private ReferenceKind referenceKind() {
        return BillPaymentSandbox.referenceKind(settings());
    }

    /** The payee, as the module names it in this language, or the water company. */
    public String getPayee() {
        return siteName("payee", "bill.site");
    }

    /** The address shown in the pretend address bar: the water company's, or a neutral one for another payee. */
    public String getAddress() {
        return siteName("payee") == null ? SandboxTexts.text("bill.address") : SandboxTexts.text("bill.address.named");
    }

    /** The kind of bill, when the step's settings say: "Waste tax". */
    public String getKind() {
        return settings().isGiven() ? SandboxTexts.text("bill.kind." + BillPaymentSandbox.bill(settings())) : null;
    }

    public String getReferenceLabel() {
        return SandboxTexts.text(labelKey("reference"));
    }

    public String getReferenceHint() {
        return SandboxTexts.text("bill.hint.reference" + referenceKind().wordsSuffix());
    }

    public void next() {
        clearErrors();
        Payment.referenceProblem(reference, referenceKind()).ifPresent(p -> refuse("reference", p));
        Payment.amountProblem(amountTyped).ifPresent(p -> refuse("amount", p));
        if (hasErrors()) {
            record("bill=incomplete");
            return;
        }
        amount = Payment.parseAmount(amountTyped).orElseThrow();
        screen = Screen.CARD;
        record("bill=entered");
    }

    public void checkCard() {
        clearErrors();
        Map<String, String> problems = PretendCard.problems(cardNumber, expiry, securityCode, holder);
        if (!problems.isEmpty()) {
            problems.forEach(this::refuse);
            if (problems.containsKey("cardNumber")) {
                cardNumber = null;
            }
            record("card=not-the-pretend-card");
            return;
        }
        screen = Screen.REVIEW;
        record("card=entered");
    }

    public void pay() {
        clearErrors();
        Payment payment = new Payment(Payment.normaliseReference(reference), amount);
        if (record("paid", payment.check(goal()), "practice.notYet", this::describe)) {
            receiptNumber = ReferenceNumbers.next("R");
            cardNumber = null;
            securityCode = null;
            screen = Screen.RECEIPT;
        }
    }

    public void changeBill() {
        clearErrors();
        screen = Screen.BILL;
        record("pressed=change-bill");
    }

    public void changeCard() {
        clearErrors();
        screen = Screen.CARD;
        record("pressed=change-card");
    }

    public void payAnother() {
        startOver();
        reference = null;
        amountTyped = null;
        amount = null;
        receiptNumber = null;
        screen = Screen.BILL;
        record("pressed=pay-another");
    }

    private String describe(Difference difference) {
        return difference.key().equals("amount")
                ? SandboxTexts.text("bill.diff.amount", money(new BigDecimal(difference.chosen())), money(new BigDecimal(difference.wanted())))
                : SandboxTexts.text("bill.diff.reference", reference.strip(), difference.wanted());
    }

    /** "42.50 €" or "42,50 €", as people write money in the page's language. */
    public String money(BigDecimal value) {
        return value == null ? "" : SandboxTexts.text("bill.money", value);
    }

    public String getAmountShown() {
        return money(amount);
    }

    public String getCardEnding() {
        return PretendCard.lastDigits();
    }

    public String getPretendNumber() { return PretendCard.NUMBER; }
    public String getPretendExpiry() { return PretendCard.EXPIRY; }
    public String getPretendSecurityCode() { return PretendCard.SECURITY_CODE; }
    public String getPretendHolder() { return PretendCard.HOLDER; }

    public Screen getScreen() { return screen; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getAmountTyped() { return amountTyped; }
    public void setAmountTyped(String amountTyped) { this.amountTyped = amountTyped; }
    public String getCardNumber() { return cardNumber; }
    public void setCardNumber(String cardNumber) { this.cardNumber = cardNumber; }
    public String getExpiry() { return expiry; }
    public void setExpiry(String expiry) { this.expiry = expiry; }
    public String getSecurityCode() { return securityCode; }
    public void setSecurityCode(String securityCode) { this.securityCode = securityCode; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public String getReceiptNumber() { return receiptNumber; }
}
