/**
 * The educator's view of their organisation's learners.
 */
package org.gefyra.learner.web;
