package org.gefyra.learning.sandbox.emailinbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five messages of the pretend inbox: two real ones and three scams. Their words live in the
 * sandbox bundle under {@code inbox.<id>.*}; the sender addresses are the same in every language,
 * because scam addresses look odd in every language.
 */
public enum InboxMessage {
    PENSION_OFFICE("pension-office", false, "messages@pensions.gov.example", "09:12"),
    BANK_BLOCKED("bank-blocked", true, "security-alert@bank-verify-0nline.example", "08:47"),
    PHARMACY("pharmacy", false, "reminders@greencross-pharmacy.example", "07:30"),
    PARCEL_FEE("parcel-fee", true, "delivery@parcel-fee-pay77.example", "yesterday"),
    PRIZE_PIN("prize-pin", true, "winner@lucky-prize-2024.example", "yesterday");

    private final String id;
    private final boolean scam;
    private final String address;
    private final String received;

    InboxMessage(String id, boolean scam, String address, String received) {
        this.id = id;
        this.scam = scam;
        this.address = address;
        this.received = received;
    }

    public String id() {
        return id;
    }

    public boolean isScam() {
        return scam;
    }

    public String address() {
        return address;
    }

    /** A clock time today, or "yesterday". */
    public String received() {
        return received;
    }

    /** How many of the messages are scams. */
    public static int scams() {
        return (int) Arrays.stream(values()).filter(InboxMessage::isScam).count();
    }

    public static Optional<InboxMessage> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
