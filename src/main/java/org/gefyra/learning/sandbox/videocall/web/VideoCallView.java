package org.gefyra.learning.sandbox.videocall.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.gefyra.learning.sandbox.videocall.VideoCall;
import org.gefyra.learning.sandbox.videocall.VideoCallSandbox;
import org.gefyra.learning.sandbox.web.PracticeView;
import org.gefyra.learning.sandbox.web.SandboxTexts;

/**
 * The pretend video-call app ({@code learn/sandbox/video-call.xhtml}): the contacts with their
 * pictures, the green call button, the call with microphone, camera and the red hang-up button.
 */
@Named
@ViewScoped
public class VideoCallView extends PracticeView {

    private static final long serialVersionUID = 1L;

    public enum Screen { CONTACTS, CONTACT, CALL, ENDED }

    private Screen screen = Screen.CONTACTS;
    private String contact;
    private String called;
    private boolean microphoneOn = true;
    private boolean cameraOn = true;

    public VideoCallView() {
        super(VideoCallSandbox.ID);
    }

    @Override
    protected String formId() {
        return "call";
    }

    public void choose(String chosen) {
        clearErrors();
        if (!VideoCall.isContact(chosen)) {
            refuse("contact", "error.chooseFromList");
            return;
        }
        contact = chosen;
        screen = Screen.CONTACT;
        record("chose=" + chosen);
    }

    public void call() {
        if (contact == null) {
            screen = Screen.CONTACTS;
            return;
        }
        called = contact;
        microphoneOn = true;
        cameraOn = true;
        screen = Screen.CALL;
        record("called=" + contact);
    }

    public void toggleMicrophone() {
        microphoneOn = !microphoneOn;
        record("microphone=" + (microphoneOn ? "on" : "off"));
    }

    public void toggleCamera() {
        cameraOn = !cameraOn;
        record("camera=" + (cameraOn ? "on" : "off"));
    }

    public void hangUp() {
        if (called == null) {
            screen = Screen.CONTACTS;
            return;
        }
        screen = Screen.ENDED;
        record("hung-up=" + called, VideoCall.check(goal(), called), "practice.notYet",
                d -> SandboxTexts.text("call.diff", SandboxTexts.text("call.who." + d.chosen()),
                        SandboxTexts.text("call.who." + d.wanted())));
    }

    public void backToContacts() {
        clearErrors();
        if (screen == Screen.ENDED) {
            startOver();
        }
        contact = null;
        called = null;
        screen = Screen.CONTACTS;
        record("pressed=contacts");
    }

    public List<String> getContacts() {
        return VideoCall.CONTACTS;
    }

    public Screen getScreen() { return screen; }
    public String getContact() { return contact; }
    public String getCalled() { return called; }
    public boolean isMicrophoneOn() { return microphoneOn; }
    public boolean isCameraOn() { return cameraOn; }
}
