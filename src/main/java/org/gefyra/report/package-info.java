/**
 * Reports for partner organisations: measures computed by the database (ReportQueries), small groups
 * hidden (Suppression), exports as CSV, Excel and PDF, and the learning records as xAPI statements.
 */
package org.gefyra.report;
