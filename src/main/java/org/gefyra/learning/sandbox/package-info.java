/**
 * The sandboxes: safe imitations of public-service websites where a learner practises a real
 * task (signing in with a digital ID, booking an appointment, requesting a certificate, paying a
 * bill, spotting scam emails, making a video call). This package holds their pretend data and
 * the rules that say whether what the learner did matches the practice step's goal, and what is
 * still different when it does not. Nothing here leaves the application.
 */
package org.gefyra.learning.sandbox;
