/**
 * The JAX-RS application of /api.
 */
package org.gefyra.shared.api;
