// Quick exit (on every page): the "Exit this page" button, or Shift pressed three times within a
// second, as GOV.UK's "Exit this page" does. The page is blanked at once, the session is ended on
// the server, browser storage is cleared and the history entry is replaced by a neutral page.
(function () {
  "use strict";
  var form = document.querySelector("form.quick-exit");
  if (!form) { return; }
  var exitUrl = form.getAttribute("data-exit-url");
  var exiting = false;
  var WINDOW_MS = 1000;
  var presses = [];
  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  form.appendChild(status);

  function leave() { window.location.replace(exitUrl); }

  function quickExit() {
    if (exiting) { return; }
    exiting = true;
    document.body.hidden = true;
    document.title = "";
    document.dispatchEvent(new CustomEvent("tellus:exit"));
    try { if (window.speechSynthesis) { window.speechSynthesis.cancel(); } } catch (ignore) { /* no speech */ }
    try { window.sessionStorage.clear(); } catch (ignore) { /* storage disabled */ }
    try { window.localStorage.clear(); } catch (ignore) { /* storage disabled */ }
    // Wait briefly for the server to end the session (its Set-Cookie removes our only cookie),
    // but never long: leaving matters more. "manual" keeps fetch from following the redirect.
    var timer = window.setTimeout(leave, 800);
    try {
      window.fetch(form.action, {method: "POST", credentials: "same-origin", cache: "no-store",
        redirect: "manual", keepalive: true})
        .then(function () { window.clearTimeout(timer); leave(); },
              function () { window.clearTimeout(timer); leave(); });
    } catch (ignore) {
      window.clearTimeout(timer);
      leave();
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    quickExit();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    if (event.repeat) { return; }
    var now = Date.now();
    presses = presses.filter(function (at) { return now - at < WINDOW_MS; });
    presses.push(now);
    if (presses.length >= 3) {
      quickExit();
    } else if (presses.length === 2) {
      // Said on the second press only: a capital letter's single Shift should not talk.
      status.textContent = form.getAttribute("data-shift-one");
      window.setTimeout(function () { status.textContent = ""; }, WINDOW_MS);
    }
  }, true);
}());
