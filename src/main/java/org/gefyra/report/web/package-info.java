/**
 * The coordinators' report pages.
 */
package org.gefyra.report.web;
