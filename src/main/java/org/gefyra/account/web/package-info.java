/**
 * The administration pages of staff accounts, the staff sign-in form and a person's own account page.
 */
package org.gefyra.account.web;
