/**
 * The learner's pages of a module: my lessons, a module's first page, one step per screen, the finish and the certificate.
 */
package org.gefyra.learning.web;
