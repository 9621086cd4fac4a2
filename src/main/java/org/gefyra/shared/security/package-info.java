/**
 * Who is asking: the typed caller, the sign-in mechanism, sessions that end on the server, sign-out and guessing limits. Features bring their own identity stores (CallerSource) and observe SignedOut.
 */
package org.gefyra.shared.security;
