/**
 * The catalogue of modules (/api/modules) and the administrators' content endpoints.
 */
package org.gefyra.content.api;
