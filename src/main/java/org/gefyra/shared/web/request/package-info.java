/**
 * The request being answered, as Faces holds it: for the beans below the web plumbing (the caller, the
 * language) that every page asks several times. Its own package, so that they need not know the plumbing.
 */
package org.gefyra.shared.web.request;
