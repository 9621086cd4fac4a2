/**
 * Liveness and readiness for MicroProfile Health.
 */
package org.gefyra.shared.health;
