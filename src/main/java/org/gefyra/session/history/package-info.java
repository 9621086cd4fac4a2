/**
 * One learner's history, for the educators of their organisation: modules and progress, every
 * answer and practice goal, confidence before and after, sessions attended, certificates, and
 * the notes educators write about them.
 */
package org.gefyra.session.history;
