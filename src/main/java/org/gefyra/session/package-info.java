/**
 * Facilitated sessions: planning them at a site, opening them with a join code, who joined and who
 * was there, the educator's live view of who is stuck, and the summary kept when a session closes.
 */
package org.gefyra.session;
