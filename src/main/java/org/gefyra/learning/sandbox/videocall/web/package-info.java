/**
 * The page of the video-call sandbox: contacts, the call with microphone and camera, hanging up.
 */
package org.gefyra.learning.sandbox.videocall.web;
