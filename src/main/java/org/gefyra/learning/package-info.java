/**
 * A learner's way through modules: progress, the append-only learning events, confidence ratings, certificates.
 */
package org.gefyra.learning;
