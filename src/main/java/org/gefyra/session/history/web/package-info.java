/**
 * The page of one learner's history, and the educators' notes about them.
 */
package org.gefyra.session.history.web;
