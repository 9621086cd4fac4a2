/**
 * The appointment-booking sandbox, a pretend health centre's booking page: its specification for
 * module files, its services, its week of half-hour times and the rules of a booking.
 */
package org.gefyra.learning.sandbox.appointmentbooking;
