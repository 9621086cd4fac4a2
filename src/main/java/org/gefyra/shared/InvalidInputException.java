package org.gefyra.shared;

/**
 * Input that a rule refuses. Carries a message key from the resource bundles, so that the
 * page can tell the user what is wrong in their own language, and the field it concerns.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
