/** The audit log: which member of staff did what with which learner's personal data, and when. */
package org.gefyra.shared.audit;
