/**
 * The coordinators' report pages, the reports as files, and the learning records as one xAPI file.
 */
package org.gefyra.report.web;
