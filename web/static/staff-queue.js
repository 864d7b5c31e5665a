// The staff queue, live. The page works without this file (filters are a GET form, "Refresh" is
// a link). With it, the page polls /staff/queue.json with the same filters, redraws the counts
// and the table, and when an urgent or safeguarding case it has not seen before appears, it
// shows a banner (role="alert", with a link) and beeps. The beep is made here with the Web Audio
// API: no sound file, nothing from another server. Case data is only ever set as textContent.
(function () {
  "use strict";
  var root = document.getElementById("queue");
  if (!root || !window.fetch) { return; }

  var text = root.dataset;
  var pollMs = (parseInt(text.pollSeconds, 10) || 5) * 1000;
  var rows = document.getElementById("queue-rows");
  var counts = document.getElementById("queue-counts");
  var shown = document.getElementById("queue-shown");
  var banner = document.getElementById("queue-alert");
  var problem = document.getElementById("queue-problem");
  var liveNote = document.getElementById("queue-live-note");
  var soundControl = document.getElementById("queue-sound-control");
  var soundToggle = document.getElementById("queue-sound");
  var SOUND_KEY = "tellus-queue-sound";
  var known = {};
  var lastRows = null;
  var pageTitle = document.title;

  (text.knownUrgent || "").split(" ").forEach(function (reference) {
    if (reference) { known[reference] = true; }
  });
  liveNote.hidden = false;

  // --- sound ---------------------------------------------------------------------------------

  function storedSound() {
    try { return window.localStorage.getItem(SOUND_KEY) !== "off"; } catch (e) { return true; }
  }

  function storeSound(on) {
    try { window.localStorage.setItem(SOUND_KEY, on ? "on" : "off"); } catch (e) { /* private mode */ }
  }

  var soundOn = storedSound();
  var audio = null;
  var AudioContextClass = window.AudioContext || window.webkitAudioContext;

  if (AudioContextClass) {
    soundToggle.setAttribute("aria-pressed", soundOn ? "true" : "false");
    soundControl.hidden = false;
    soundToggle.addEventListener("click", function () {
      soundOn = !soundOn;
      soundToggle.setAttribute("aria-pressed", soundOn ? "true" : "false");
      storeSound(soundOn);
      if (soundOn) { beep(); }
    });
  }

  // Browsers only let a page make sound after the person has interacted with it. The context
  // is made (or woken) on the first click or key press, so a later alert can sound.
  function wakeAudio() {
    if (!AudioContextClass) { return null; }
    try {
      if (!audio) { audio = new AudioContextClass(); }
      if (audio.state === "suspended") { audio.resume().catch(function () {}); }
    } catch (e) { audio = null; }
    return audio;
  }
  document.addEventListener("pointerdown", wakeAudio, {once: true});
  document.addEventListener("keydown", wakeAudio, {once: true});

  function tone(startAt, frequency) {
    var oscillator = audio.createOscillator();
    var gain = audio.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    // A short fade in and out: a hard start or stop clicks.
    gain.gain.setValueAtTime(0.0001, startAt);
    gain.gain.exponentialRampToValueAtTime(0.3, startAt + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, startAt + 0.25);
    oscillator.connect(gain);
    gain.connect(audio.destination);
    oscillator.start(startAt);
    oscillator.stop(startAt + 0.3);
  }

  function beep() {
    if (!soundOn || !wakeAudio() || audio.state !== "running") {
      return; // not allowed to play yet: the banner still shows, quietly
    }
    var now = audio.currentTime;
    tone(now, 880);
    tone(now + 0.35, 660);
    tone(now + 0.7, 880);
  }

  // --- drawing -------------------------------------------------------------------------------

  function element(tag, content, className) {
    var node = document.createElement(tag);
    if (content !== undefined && content !== null) { node.textContent = content; }
    if (className) { node.className = className; }
    return node;
  }

  function emphasisedCell(content, emphasised) {
    var cell = element("td");
    cell.appendChild(emphasised ? element("strong", content) : document.createTextNode(content));
    return cell;
  }

  // The same markup as the tbody in templates/staff/queue.html.
  function rowFor(row) {
    var tr = element("tr", null, row.urgent ? "urgent" : "");
    var header = element("th");
    header.scope = "row";
    var link = element("a", row.reference);
    link.href = row.url;
    header.appendChild(link);
    tr.appendChild(header);
    tr.appendChild(emphasisedCell(row.safeguarding, row.flagged));
    tr.appendChild(emphasisedCell(row.priority, row.urgent_priority));
    tr.appendChild(element("td", row.stage));
    tr.appendChild(element("td", row.status));
    tr.appendChild(element("td", row.child_friendly));
    tr.appendChild(element("td", row.assigned_to));
    var due = element("td");
    if (row.due_on) {
      var time = element("time", row.due_date);
      time.setAttribute("datetime", row.due_on);
      due.appendChild(time);
      due.appendChild(element("br"));
    }
    due.appendChild(element("span", row.due_text, "due-text" + (row.overdue ? " overdue" : "")));
    tr.appendChild(due);
    tr.appendChild(element("td", row.summary));
    return tr;
  }

  function drawRows(latest) {
    var signature = JSON.stringify(latest);
    if (signature === lastRows) { return; }
    lastRows = signature;
    // Redrawing must not throw away where a keyboard user is: refocus the same case's link.
    var focused = document.activeElement;
    var focusedReference = focused && rows.contains(focused) ? focused.textContent : null;
    var fresh = document.createDocumentFragment();
    latest.forEach(function (row) { fresh.appendChild(rowFor(row)); });
    if (!latest.length) {
      var empty = element("td", text.textEmpty);
      empty.colSpan = 9;
      fresh.appendChild(element("tr")).appendChild(empty);
    }
    while (rows.firstChild) { rows.removeChild(rows.firstChild); }
    rows.appendChild(fresh);
    if (focusedReference) {
      var links = rows.querySelectorAll("th a");
      for (var i = 0; i < links.length; i += 1) {
        if (links[i].textContent === focusedReference) { links[i].focus(); break; }
      }
    }
  }

  function drawCounts(latest) {
    latest.forEach(function (count) {
      var item = counts.querySelector('[data-count="' + count.key + '"] .count-number');
      // Only a changed number is written, so the live region speaks only when something changed.
      if (item && item.textContent !== String(count.number)) {
        item.textContent = String(count.number);
      }
    });
  }

  // --- the new-urgent-case alert -------------------------------------------------------------

  function dismiss() {
    while (banner.firstChild) { banner.removeChild(banner.firstChild); }
    document.title = pageTitle;
    document.getElementById("main").focus();
  }

  function announce(arrived) {
    var list = banner.querySelector("ul");
    if (!list) {
      banner.appendChild(element("h2"));
      list = banner.appendChild(element("ul"));
      var close = element("button", text.textDismiss);
      close.type = "button";
      close.addEventListener("click", dismiss);
      banner.appendChild(close);
    }
    arrived.forEach(function (urgent) {
      var item = element("li");
      var link = element("a", urgent.reference);
      link.href = urgent.url;
      link.setAttribute("aria-label", text.textOpen + " " + urgent.reference);
      item.appendChild(link);
      item.appendChild(document.createTextNode(": " + urgent.why));
      list.appendChild(item);
    });
    var many = list.children.length > 1;
    banner.querySelector("h2").textContent = many ? text.textNewUrgentMany : text.textNewUrgent;
    document.title = (many ? text.textNewUrgentMany : text.textNewUrgent) + " | " + pageTitle;
    beep();
  }

  function noticeNewUrgent(urgentNow) {
    var arrived = urgentNow.filter(function (urgent) { return !known[urgent.reference]; });
    urgentNow.forEach(function (urgent) { known[urgent.reference] = true; });
    if (arrived.length) { announce(arrived); }
  }

  // --- polling -------------------------------------------------------------------------------

  function showProblem(message) {
    if (problem.textContent !== message) { problem.textContent = message; }
    liveNote.hidden = !!message;
  }

  function poll() {
    // "manual": a signed-out session answers with a redirect to the sign-in page, not JSON.
    fetch(text.pollUrl, {credentials: "same-origin", redirect: "manual", headers: {Accept: "application/json"}})
      .then(function (response) {
        if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) {
          showProblem(text.textSignedOut);
          return null;
        }
        if (!response.ok) { throw new Error("queue poll " + response.status); }
        return response.json();
      })
      .then(function (latest) {
        if (!latest) { return; }
        showProblem("");
        drawCounts(latest.counts);
        drawRows(latest.rows);
        if (shown.textContent !== latest.shown) { shown.textContent = latest.shown; }
        noticeNewUrgent(latest.urgent);
        window.setTimeout(poll, pollMs);
      })
      .catch(function () {
        // A network blip or a restart: say so, and keep trying.
        showProblem(text.textStopped);
        window.setTimeout(poll, pollMs);
      });
  }

  window.setTimeout(poll, pollMs);
}());
