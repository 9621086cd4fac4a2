/**
 * The pages of sessions: the educator's calendar and lists, planning, the session itself (code, attendance, live view,
 * notes, summary), the big screen of the join code, joining and asking for help on a kiosk, and the public page of
 * places to get help.
 */
package org.gefyra.session.web;
