/**
 * The schema migrations (Flyway) and the converters JPA needs on Derby and PostgreSQL.
 */
package org.gefyra.shared.persistence;
