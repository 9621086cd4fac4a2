/**
 * Networks, partner organisations and their sites: the bottom floor of every feature that belongs to a place.
 */
package org.gefyra.organisation;
