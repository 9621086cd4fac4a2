package org.gefyra.learning.sandbox.billpayment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of payment reference a bill may carry, each with the format a payment page checks:
 * the international creditor reference (RF), the Italian payment notice code (codice avviso, 18
 * digits), the Swedish OCR number, or any reference (the page as it always was). A reference is
 * compared without spaces and case.
 */
public enum ReferenceKind {
    RF("rf", "RF[0-9]{2}[A-Z0-9]{1,21}", "format.creditorReference"),
    PAYMENT_NOTICE("payment-notice", "[0-9]{18}", "format.paymentNotice"),
    OCR("ocr", "[0-9]{2,25}", "format.ocr"),
    FREE_TEXT("free-text", "[A-Z0-9]{4,35}", "format.freeReference");

    private final String id;
    private final Pattern normalised;
    private final String descriptionCode;

    ReferenceKind(String id, String normalised, String descriptionCode) {
        this.id = id;
        this.normalised = Pattern.compile(normalised);
        this.descriptionCode = descriptionCode;
    }

    public String id() {
        return id;
    }

    /** The words of the {@code content-errors} bundle that tell an author what this kind accepts. */
    public String descriptionCode() {
        return descriptionCode;
    }

    /** Whether a reference, as the company reads it (see {@link Payment#normaliseReference}), has this format. */
    public boolean matches(String normalisedReference) {
        return normalised.matcher(normalisedReference).matches();
    }

    /** The sandbox bundle's key suffix for this kind's label, hint and error: "" for any reference. */
    public String wordsSuffix() {
        return this == FREE_TEXT ? "" : "." + id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ReferenceKind::id).toList();
    }

    public static Optional<ReferenceKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
