/**
 * What the GDPR asks of Gefyra about learners: withdrawing consent, exporting everything held
 * about one learner (JSON and PDF), erasing a learner, and anonymising those long inactive.
 */
package org.gefyra.privacy;
