/**
 * The certificate-request sandbox, a pretend town hall portal: its specification for module
 * files, its certificates, and the rules of its request form.
 */
package org.gefyra.learning.sandbox.certificaterequest;
