/* Gefyra's small script: reading help, "I am done", the kiosk guard, the PIN keypad and the card scanner.
   Every page works without it; it only makes things easier.
   It runs in the page's head, so that the text size and contrast chosen on this device apply before
   the page first shows; the rest waits for the page. */
"use strict";
(function () {
    var html = document.documentElement;
    var SIZES = ["", "text-large", "text-larger"];

    function stored(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
    function store(key, value) { try { if (value) { localStorage.setItem(key, value); } else { localStorage.removeItem(key); } } catch (e) { /* private mode */ } }

    // PrimeFaces runs the scripts an ajax answer brings with this nonce: the page's own, which its policy allows.
    var nonce = document.currentScript && document.currentScript.nonce;

    var chosenSize = stored("gefyra.textSize");
    if (SIZES.indexOf(chosenSize) > 0) { html.classList.add(chosenSize); }
    if (stored("gefyra.contrast")) { html.classList.add("contrast"); }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", whenReady);
    } else {
        whenReady();
    }

    function whenReady() {
        var body = document.body;
        if (nonce && window.PrimeFaces && PrimeFaces.csp) {
            PrimeFaces.csp.NONCE_VALUE = nonce;
        }

        // A signed-in person's page brought back by Back from the browser's memory: ask the server
        // again, which sends whoever signed out to the start screen instead of showing their page.
        window.addEventListener("pageshow", function (event) {
            if (event.persisted && body.hasAttribute("data-signed-in")) {
                location.reload();
            }
        });

        function on(action, handler) {
            document.querySelectorAll('[data-action="' + action + '"]').forEach(function (button) {
                button.hidden = false;
                button.addEventListener("click", handler);
            });
        }

        // Text size: three steps, remembered on this device until someone signs out.
        function showTextSize() {
            var now = document.getElementById("text-size-now");
            if (now) {
                var names = (now.getAttribute("data-text-size-names") || "").split("|");
                now.textContent = names[Math.max(0, SIZES.indexOf(stored("gefyra.textSize") || ""))] || "";
            }
        }
        on("text-size", function () {
            var current = SIZES.indexOf(stored("gefyra.textSize") || "");
            var next = SIZES[(current + 1) % SIZES.length];
            SIZES.forEach(function (size) { if (size) { html.classList.remove(size); } });
            if (next) { html.classList.add(next); }
            store("gefyra.textSize", next);
            showTextSize();
        });
        showTextSize();

        // High contrast.
        on("contrast", function (event) {
            var active = html.classList.toggle("contrast");
            store("gefyra.contrast", active ? "on" : "");
            event.currentTarget.setAttribute("aria-pressed", String(active));
        });
        document.querySelectorAll('[data-action="contrast"]').forEach(function (b) {
            b.setAttribute("aria-pressed", String(html.classList.contains("contrast")));
        });

        // Read aloud, with the browser's own voice in the page's language.
        var reader = document.querySelector('[data-action="read-aloud"]');
        if (reader && !("speechSynthesis" in window)) {
            reader.hidden = true;
        } else if (reader) {
            on("read-aloud", function () {
                var label = reader.querySelector(".tool-label");
                if (speechSynthesis.speaking) {
                    speechSynthesis.cancel();
                    return;
                }
                var main = document.getElementById("main");
                var utterance = new SpeechSynthesisUtterance(main ? main.innerText : document.body.innerText);
                utterance.lang = html.lang;
                var voice = speechSynthesis.getVoices().filter(function (v) { return v.lang && v.lang.indexOf(html.lang) === 0; })[0];
                if (voice) { utterance.voice = voice; }
                utterance.onstart = function () { reader.setAttribute("aria-pressed", "true"); label.textContent = reader.getAttribute("data-stop-label"); };
                utterance.onend = utterance.onerror = function () { reader.setAttribute("aria-pressed", "false"); label.textContent = reader.getAttribute("data-start-label"); };
                speechSynthesis.speak(utterance);
            });
            window.addEventListener("pagehide", function () { speechSynthesis.cancel(); });
        }

        on("print", function () { window.print(); });

        // After a quiz answer, bring the feedback into view and to screen readers.
        var feedback = document.getElementById("feedback");
        if (feedback) { feedback.focus(); }

        // The PIN keypad fills the PIN field; typing on a keyboard works as well.
        document.querySelectorAll("[data-keypad]").forEach(function (keypad) {
            var field = document.getElementById(keypad.getAttribute("data-keypad"));
            if (!field) { return; }
            keypad.hidden = false;
            keypad.addEventListener("click", function (event) {
                var key = event.target.closest("[data-key]");
                if (!key) { return; }
                var value = key.getAttribute("data-key");
                if (value === "erase") {
                    field.value = field.value.slice(0, -1);
                } else if (field.value.length < 4) {
                    field.value += value;
                }
                field.dispatchEvent(new Event("input"));
            });
        });

        // Scanning the QR code of a login card, with a library loaded only when asked for.
        document.querySelectorAll("[data-scanner]").forEach(function (scanner) {
            var button = scanner.querySelector('[data-action="scan"]');
            var message = scanner.querySelector(".scanner-message");
            var form = document.getElementById("card");
            var media = navigator.mediaDevices;
            if (!button || !form || !(media && media.getUserMedia && media.enumerateDevices)) { return; }
            // Shown only where there is a camera to show the card to.
            media.enumerateDevices().then(function (devices) {
                var camera = devices.some(function (device) { return device.kind === "videoinput"; });
                button.hidden = !camera;
                scanner.setAttribute("data-camera", camera ? "yes" : "no");
            }).catch(function () { scanner.setAttribute("data-camera", "no"); });
            button.addEventListener("click", function () {
                button.disabled = true;
                var script = document.createElement("script");
                script.src = scanner.getAttribute("data-library");
                script.onload = function () {
                    var view = document.getElementById("scanner-view");
                    view.hidden = false;
                    var reader = new window.Html5Qrcode("scanner-view");
                    reader.start({ facingMode: "user" }, { fps: 8, qrbox: 240 }, function (text) {
                        reader.stop().catch(function () {});
                        var field = document.getElementById("card:code");
                        field.value = text;
                        form.querySelector('[type="submit"]').click();
                    }).catch(function () {
                        message.textContent = scanner.getAttribute("data-no-camera");
                        view.hidden = true;
                        button.disabled = false;
                    });
                };
                script.onerror = function () { message.textContent = scanner.getAttribute("data-no-camera"); };
                document.head.appendChild(script);
            });
        });

        // "I am done" asks first, in a dialog; without scripts its link opens the same question as a page.
        var doneDialog = document.getElementById("done-dialog");
        var doneLink = document.querySelector('[data-action="done"]');
        if (doneDialog && doneLink && typeof doneDialog.showModal === "function") {
            doneLink.setAttribute("aria-haspopup", "dialog");
            doneLink.addEventListener("click", function (event) {
                event.preventDefault();
                doneDialog.showModal();
            });
            doneDialog.querySelector('[data-action="keep-learning"]').addEventListener("click", function () {
                doneDialog.close();
            });
            doneDialog.addEventListener("click", function (event) {
                if (event.target === doneDialog) { doneDialog.close(); }
            });
        }

        // The kiosk guard: after a quiet while, "Are you still there?", then sign out and start clean.
        var idleSeconds = parseInt(body.getAttribute("data-idle") || "0", 10);
        var dialog = document.getElementById("idle-dialog");
        if (idleSeconds > 0 && dialog) {
            var countdownFrom = parseInt(body.getAttribute("data-countdown") || "30", 10), timer = null, ticker = null;
            var text = dialog.querySelector(".idle-text");
            // The text for each plural form of the language, {0} where the count goes.
            var forms = JSON.parse(text.getAttribute("data-forms") || "{}");
            var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
            var secondsLeft = function (left) {
                return (forms[plural ? plural.select(left) : "other"] || forms.other || "").replace("{0}", left);
            };
            var reset = function () {
                if (!dialog.hidden) { return; }
                clearTimeout(timer);
                timer = setTimeout(ask, idleSeconds * 1000);
            };
            var leave = function () {
                store("gefyra.textSize", "");
                store("gefyra.contrast", "");
                if ("speechSynthesis" in window) { speechSynthesis.cancel(); }
                var signOut = document.querySelector(".sign-out-form");
                if (signOut) {
                    var reason = document.createElement("input");
                    reason.type = "hidden"; reason.name = "reason"; reason.value = "idle";
                    signOut.appendChild(reason);
                    signOut.submit();
                } else {
                    window.location.href = body.getAttribute("data-kiosk-start") + "?idle=true";
                }
            };
            var ask = function () {
                var left = countdownFrom;
                if (doneDialog && doneDialog.open) { doneDialog.close(); }
                dialog.hidden = false;
                text.textContent = secondsLeft(left);
                dialog.querySelector("button").focus();
                ticker = setInterval(function () {
                    left -= 1;
                    text.textContent = secondsLeft(left);
                    if (left <= 0) { clearInterval(ticker); leave(); }
                }, 1000);
            };
            dialog.querySelector("button").addEventListener("click", function () {
                clearInterval(ticker);
                dialog.hidden = true;
                reset();
            });
            ["pointerdown", "keydown", "touchstart", "scroll", "mousemove"].forEach(function (type) {
                document.addEventListener(type, reset, { passive: true });
            });
            reset();
        }
    }
})();
