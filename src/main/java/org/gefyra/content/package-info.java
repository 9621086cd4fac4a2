/**
 * Learning modules as files: the loader (YAML, Markdown, images), the checks that reject a broken module, and the library the rest reads.
 */
package org.gefyra.content;
