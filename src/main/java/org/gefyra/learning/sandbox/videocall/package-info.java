/**
 * The video-call sandbox, a pretend video-call app: its specification for module files, its four
 * contacts and the rule of a call that counts.
 */
package org.gefyra.learning.sandbox.videocall;
