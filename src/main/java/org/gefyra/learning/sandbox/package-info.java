/**
 * The sandboxes: safe imitations of public-service websites where a learner practises a real
 * task (signing in with a digital ID, booking an appointment, requesting a certificate, paying a
 * bill, spotting scam emails, making a video call). Each sandbox is one sub-package named after
 * its id: its specification (registered in {@code META-INF/services/org.gefyra.content.Sandbox}),
 * its pretend data and rules, and its page's view in {@code web}; its page is
 * {@code learn/sandbox/<id>.xhtml}, its words the {@code <prefix>.*} keys of the sandbox bundle.
 * This package holds what they share: how an attempt is compared with the practice step's goal,
 * and what a typed box may contain. Nothing here leaves the application.
 */
package org.gefyra.learning.sandbox;
