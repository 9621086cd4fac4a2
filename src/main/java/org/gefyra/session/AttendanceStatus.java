package org.gefyra.session;

/** Whether a person came to a session. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
