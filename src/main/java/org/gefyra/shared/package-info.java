/**
 * What every feature stands on: settings, the exceptions for bad input and refused access, checks; names no feature.
 */
package org.gefyra.shared;
