/**
 * The learning records for other systems: xAPI statements at {@code /api/xapi/statements}.
 */
package org.gefyra.report.api;
