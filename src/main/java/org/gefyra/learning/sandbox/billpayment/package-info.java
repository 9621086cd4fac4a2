/**
 * The bill-payment sandbox, a water company's pretend payment page: its specification for module
 * files, the rules of a payment reference and an amount, and the pretend card.
 */
package org.gefyra.learning.sandbox.billpayment;
