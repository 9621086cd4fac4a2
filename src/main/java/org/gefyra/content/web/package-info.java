/**
 * The administrators' page of loaded and rejected modules, and the serving of module images.
 */
package org.gefyra.content.web;
