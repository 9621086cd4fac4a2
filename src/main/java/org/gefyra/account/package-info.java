/**
 * Staff accounts (administrators, coordinators, educators), their passwords and roles, and the staff identity store that signs them in.
 */
package org.gefyra.account;
