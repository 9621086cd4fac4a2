/**
 * The page of the certificate-request sandbox: the list of certificates, the form, the reference number.
 */
package org.gefyra.learning.sandbox.certificaterequest.web;
