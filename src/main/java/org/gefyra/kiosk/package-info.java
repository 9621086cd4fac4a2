/**
 * Shared devices that belong to a site: a device becomes a kiosk through a secret cookie, and learning there records the site.
 */
package org.gefyra.kiosk;
