/**
 * The administration pages of organisations, networks and sites.
 */
package org.gefyra.organisation.web;
