/**
 * The kiosk's start screens and sign-in (card, name and PIN, guest), and the educator's kiosk set-up.
 */
package org.gefyra.kiosk.web;
