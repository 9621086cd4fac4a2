/**
 * The five interface languages, how a request's language is chosen, and the texts of the interface.
 */
package org.gefyra.shared.i18n;
