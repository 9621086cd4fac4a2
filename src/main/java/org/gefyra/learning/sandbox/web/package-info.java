/**
 * The pages of the sandboxes: one view-scoped backing bean per pretend website, that keeps the
 * learner's way through its screens, records every screen they submit as practice, and tells
 * them kindly what is still different from their task.
 */
package org.gefyra.learning.sandbox.web;
