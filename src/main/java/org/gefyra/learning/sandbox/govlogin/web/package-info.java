/**
 * The page of the gov-login sandbox: the portal's front page, the user name, the code, signed in.
 */
package org.gefyra.learning.sandbox.govlogin.web;
