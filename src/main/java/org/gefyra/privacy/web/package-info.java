/** The pages and downloads of the GDPR part: a learner's record, erasure, consent withdrawal, the audit log. */
package org.gefyra.privacy.web;
