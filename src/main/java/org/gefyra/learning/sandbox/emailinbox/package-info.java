/**
 * The email-inbox sandbox, a pretend mail program: its specification for module files, its five
 * messages (two real, three scams) and the rules of reporting scams.
 */
package org.gefyra.learning.sandbox.emailinbox;
