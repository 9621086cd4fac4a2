/**
 * The gov-login sandbox, a pretend public-services portal: its specification for module files,
 * and the rules of signing in with a user name and a one-time code from a pretend phone.
 */
package org.gefyra.learning.sandbox.govlogin;
