/**
 * The page of the appointment-booking sandbox: a service, a free time of next week, "Confirm".
 */
package org.gefyra.learning.sandbox.appointmentbooking.web;
