/**
 * The limits of what people type, as Bean Validation constraints: declared once on the form,
 * view or API parameter that receives a value, enforced by Faces (its default bean validator),
 * JAX-RS and anyone calling a {@code Validator}, with the same checks as {@link org.gefyra.shared.Check}
 * and messages from the interface's own bundle in the person's language ({@link BundleMessages}).
 */
package org.gefyra.shared.validation;
