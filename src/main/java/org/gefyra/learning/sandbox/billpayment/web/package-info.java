/**
 * The page of the bill-payment sandbox: the bill, the pretend card, "Pay" and a receipt.
 */
package org.gefyra.learning.sandbox.billpayment.web;
