/**
 * Learners: who they are with the least personal data, their login cards and PINs, the learner and guest identity stores.
 */
package org.gefyra.learner;
