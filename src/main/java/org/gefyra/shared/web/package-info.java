/**
 * Web plumbing for every page: messages, navigation, security headers, caching, the resource mapping fix, friendly errors.
 */
package org.gefyra.shared.web;
