/**
 * What every sandbox page shares: the practice step it serves, the record of every screen the
 * learner submits, the kind words about what is still different from their task, and the words
 * of the sandbox bundle for pages ({@code #{sbx['key']}}, {@code #{sandboxTexts.format(...)}}).
 */
package org.gefyra.learning.sandbox.web;
