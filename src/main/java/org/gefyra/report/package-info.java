/**
 * Aggregates for partner organisations, computed by the database, with groups under five people hidden.
 */
package org.gefyra.report;
