/**
 * The top floor: what wires the features together when the application starts. It may use every
 * feature; no feature uses it.
 */
package org.gefyra.app;
