/**
 * The page of the email-inbox sandbox: the inbox, a message, "Report as scam".
 */
package org.gefyra.learning.sandbox.emailinbox.web;
