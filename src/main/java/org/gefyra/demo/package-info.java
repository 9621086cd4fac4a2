/**
 * The demo network that a development server creates on an empty database.
 */
package org.gefyra.demo;
