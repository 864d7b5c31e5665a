// The chat, enhanced: the page works as plain HTML forms; with JavaScript the same forms talk to
// the gateway's Rasa REST webhook without reloading, staff replies arrive by polling, and the
// easy-read and read-aloud toggles work at once. The conversation id is the one the server put
// in data-sender (from the session cookie): nothing is written to the browser's storage.
(function () {
  "use strict";
  var root = document.getElementById("chat");
  if (!root || !window.fetch) { return; }

  var POLL_MS = 3000;
  var TYPING_DELAY_MS = 300;
  var strings = root.dataset;
  var sender = root.dataset.sender;
  // The conversation's language (metadata.lang) and the page's BCP 47 tag (for speech).
  var lang = root.dataset.lang || "en";
  var speechLang = document.documentElement.lang || lang;
  // A language button's payload: the gateway switches the page too, so it is shown again.
  var LANGUAGE_PAYLOAD = /^\/change_language\{/;
  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var choices = document.getElementById("choices");
  var typing = document.getElementById("typing");
  var handover = document.getElementById("handover");
  var easyToggle = document.getElementById("easy-read-toggle");
  var speakToggle = document.getElementById("read-aloud-toggle");
  var preferencesForm = easyToggle && easyToggle.form;
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  // On a touch screen Enter makes a new line, as people expect there; Send sends.
  var touch = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;

  var lastId = parseInt(root.dataset.lastId, 10) || 0;
  var mode = root.dataset.mode;
  var sending = false;
  var stopped = false;
  var pollGeneration = 0;
  var pollTimer = null;
  // Bot replies shown from the webhook's answer: polling sees them again and must not repeat them.
  var echoes = [];
  var readAloud = speakToggle && speakToggle.getAttribute("aria-pressed") === "true";
  // A person has replied since the bot last spoke (human mode starts before anyone has read the
  // chat, after a disclosure, so "you're now talking to" waits for their first reply).
  var staffPresent = root.dataset.staffPresent === "true";

  // --- showing messages ---------------------------------------------------------------------

  // Splits where a sentence ends, keeping the space after it (as web/chat/pages.py does).
  function sentences(text) {
    var pattern = /[.!?]+["'\u2019\u201d)]*(\s+)/g;
    var parts = [];
    var start = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var spaceAt = match.index + match[0].length - match[1].length;
      parts.push({text: text.slice(start, spaceAt), space: match[1]});
      start = pattern.lastIndex;
    }
    if (start < text.length || !parts.length) { parts.push({text: text.slice(start), space: ""}); }
    return parts;
  }

  function addMessage(author, text) {
    var item = document.createElement("div");
    item.className = "message " + author;
    var who = document.createElement("p");
    who.className = "who";
    who.textContent = strings["name" + author.charAt(0).toUpperCase() + author.slice(1)] || "";
    var body = document.createElement("p");
    body.className = "text";
    body.dir = "auto";
    sentences(text).forEach(function (part) {
      var span = document.createElement("span");
      span.className = "sentence";
      span.textContent = part.text;
      body.appendChild(span);
      if (part.space) {
        var gap = document.createElement("span");
        gap.className = "gap";
        gap.textContent = part.space;
        body.appendChild(gap);
      }
    });
    item.appendChild(who);
    item.appendChild(body);
    var previous = document.getElementById("latest");
    if (previous) { previous.removeAttribute("id"); }
    item.id = "latest";
    log.appendChild(item);
    item.scrollIntoView({block: "nearest", behavior: reducedMotion ? "auto" : "smooth"});
    if (author !== "user") { speak(text); }
    return item;
  }

  function showChoices(buttons) {
    if (!choices) { return; }
    var group = choices.querySelector(".choice-buttons");
    var hadFocus = choices.contains(document.activeElement) || document.activeElement === document.body;
    group.textContent = "";
    buttons.forEach(function (button) {
      var element = document.createElement("button");
      element.type = "submit";
      element.name = "message";
      element.value = button.payload;
      element.textContent = button.title;
      group.appendChild(element);
    });
    choices.hidden = buttons.length === 0;
    // Someone answering with buttons carries on with buttons; someone typing keeps typing.
    if (hadFocus && buttons.length) { group.querySelector("button").focus(); }
  }

  function hideChoices() {
    if (!choices) { return; }
    var hadFocus = choices.contains(document.activeElement);
    choices.hidden = true;
    choices.querySelector(".choice-buttons").textContent = "";
    if (hadFocus && input) { input.focus(); }
  }

  // --- sending ------------------------------------------------------------------------------

  function send(message, shownAs) {
    if (sending || stopped) { return; }
    sending = true;
    pollGeneration += 1;
    var choiceWasFocused = choices && choices.contains(document.activeElement);
    var mine = addMessage("user", shownAs || message);
    if (choiceWasFocused) { choices.querySelector(".choice-buttons").textContent = ""; }
    var typingTimer = window.setTimeout(function () { typing.hidden = mode === "human"; }, TYPING_DELAY_MS);
    window.fetch("/webhooks/rest/webhook", {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({sender: sender, message: message, metadata: {lang: lang}})
    }).then(function (response) {
      return response.json().then(function (body) { return {ok: response.ok, body: body}; });
    }).then(function (answer) {
      if (!answer.ok || !Array.isArray(answer.body)) {
        failed(mine, message, shownAs, answer.body && answer.body.code);
        return;
      }
      if (mode === "new") { mode = "bot"; }
      if (LANGUAGE_PAYLOAD.test(message)) {
        // The page's words, its direction and the buttons change with the language: load it
        // again (the transcript is kept on the server, so nothing is lost).
        window.location.reload();
        return;
      }
      var offered = [];
      answer.body.forEach(function (reply) {
        echoes.push(reply.text || "");
        if (reply.text) { addMessage("bot", reply.text); }
        if (reply.buttons && reply.buttons.length) { offered = reply.buttons; }
      });
      if (answer.body.length) { showChoices(offered); }
      if (choiceWasFocused && !offered.length && input) { input.focus(); }
    }).catch(function () {
      failed(mine, message, shownAs, null);
    }).then(function () {
      window.clearTimeout(typingTimer);
      typing.hidden = true;
      sending = false;
      checkBot();
      schedulePoll(600);
    });
  }

  function failed(mine, message, shownAs, code) {
    mine.classList.add("not-sent");
    var notice = code === "payload_not_offered" ? strings.choiceGone
      : code === "conversation_closed" ? strings.closed : strings.sendFailed;
    addMessage("system", notice);
    // Nothing typed is lost: it goes back in the box to send again.
    if (!shownAs && input && !input.value) { input.value = message; }
  }

  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) { input.focus(); return; }
      input.value = "";
      send(text);
    });
    input.addEventListener("keydown", function (event) {
      if (!touch && event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.altKey &&
          !event.metaKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit", {cancelable: true}));
      }
    });
    var hint = document.getElementById("chat-hint");
    if (hint && !touch) {
      hint.hidden = false;
      input.setAttribute("aria-describedby",
        ((input.getAttribute("aria-describedby") || "") + " chat-hint").trim());
    }
  }

  if (choices) {
    choices.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button || !choices.contains(button)) { return; }
      event.preventDefault();
      send(button.value, button.textContent);
    });
  }

  // --- staff replies and mode changes (polling) -----------------------------------------------

  function setMode(next) {
    if (next === mode) { return; }
    var before = mode;
    mode = next;
    root.dataset.mode = next;
    if (next === "human") {
      handover.hidden = false;
      hideChoices();
      if (!staffPresent) {
        handover.textContent = strings.waiting;
        addMessage("system", strings.waiting);
      }
      if (form) { form.hidden = false; }
    } else if (next === "bot" && before === "human") {
      handover.hidden = true;
      staffPresent = false;
      addMessage("system", strings.backToBot);
    } else if (next === "closed") {
      handover.hidden = true;
      hideChoices();
      addMessage("system", strings.closed);
      if (form) { form.hidden = true; }
      stopped = true;
    }
  }

  function poll() {
    pollTimer = null;
    if (stopped) { return; }
    if (sending || mode === "new" || document.hidden) { schedulePoll(POLL_MS); return; }
    var generation = pollGeneration;
    window.fetch("/api/chat/" + encodeURIComponent(sender) + "/messages?after=" + lastId,
                 {credentials: "same-origin", cache: "no-store"})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        // A message sent meanwhile may have answered already: the next poll sorts it out.
        if (!body || generation !== pollGeneration || stopped) { return; }
        var offered = null;
        body.messages.forEach(function (message) {
          lastId = Math.max(lastId, message.id);
          if (message.from === "bot" && echoes.length && echoes[0] === message.text) {
            echoes.shift();
            return;
          }
          if (message.from === "staff" && !staffPresent) {
            staffPresent = true;
            handover.textContent = strings.talkingTo;
            handover.hidden = false;
            addMessage("system", strings.talkingTo);
          }
          if (message.text) { addMessage(message.from === "staff" ? "staff" : "bot", message.text); }
          if (message.buttons && message.buttons.length) { offered = message.buttons; }
        });
        setMode(body.mode);
        if (offered && mode === "bot") { showChoices(offered); }
      })
      .catch(function () { /* offline for a moment: try again */ })
      .then(function () { schedulePoll(POLL_MS); });
  }

  function schedulePoll(delay) {
    if (stopped) { return; }
    if (pollTimer) { window.clearTimeout(pollTimer); }
    pollTimer = window.setTimeout(poll, delay);
  }

  // --- when the bot goes down mid-conversation -------------------------------------------------

  function checkBot() {
    if (mode !== "bot" || root.dataset.bot === "down") { return; }
    window.fetch("/healthz", {cache: "no-store"})
      .then(function (response) { return response.json(); })
      .then(function (health) { if (health.bot === "down") { showBotDown(); } })
      .catch(function () { /* the next message checks again */ });
  }

  // The server renders the kind notice and the simple form; take them from a fresh copy of the
  // page rather than build a second copy of that markup here.
  function showBotDown() {
    window.fetch(window.location.pathname, {credentials: "same-origin", cache: "no-store"})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var notice = fresh.getElementById("bot-down");
        var complaint = fresh.getElementById("complaint");
        if (!notice || !complaint || root.dataset.bot === "down") { return; }
        root.dataset.bot = "down";
        var anchor = form || log;
        anchor.parentNode.insertBefore(document.importNode(notice, true), anchor.nextSibling);
        var placed = document.importNode(complaint, true);
        document.getElementById("bot-down").parentNode.insertBefore(
          placed, document.getElementById("bot-down").nextSibling);
        var oldLink = root.querySelector("a[href$='/complaint']");
        if (oldLink && oldLink.parentNode !== placed) { oldLink.parentNode.hidden = true; }
        if (form && mode === "bot") { form.hidden = true; }
        hideChoices();
        addMessage("system", strings.botDown);
      })
      .catch(function () { /* stay as we are */ });
  }

  // --- easy read and read aloud ---------------------------------------------------------------

  function savePreference(name, on) {
    if (!preferencesForm) { return; }
    var data = new FormData();
    data.append("csrf_token", preferencesForm.querySelector("[name=csrf_token]").value);
    data.append(name, on ? "on" : "off");
    data.append("js", "1");
    window.fetch(preferencesForm.action, {method: "POST", body: data, credentials: "same-origin"})
      .catch(function () { /* only a preference */ });
  }

  if (easyToggle) {
    easyToggle.addEventListener("click", function (event) {
      event.preventDefault();
      var on = easyToggle.getAttribute("aria-pressed") !== "true";
      easyToggle.setAttribute("aria-pressed", on ? "true" : "false");
      easyToggle.value = on ? "off" : "on";
      document.body.classList.toggle("easy-read", on);
      savePreference("easy_read", on);
    });
  }

  function speak(text) {
    if (!readAloud || !window.speechSynthesis) { return; }
    var utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = speechLang;
    utterance.rate = 0.95;
    window.speechSynthesis.speak(utterance);
  }

  if (speakToggle && window.speechSynthesis && window.SpeechSynthesisUtterance) {
    speakToggle.hidden = false;
    speakToggle.addEventListener("click", function () {
      readAloud = !readAloud;
      speakToggle.setAttribute("aria-pressed", readAloud ? "true" : "false");
      window.speechSynthesis.cancel();
      if (readAloud) {
        var said = log.querySelectorAll(".message.bot, .message.staff");
        if (said.length) { speak(said[said.length - 1].querySelector(".text").textContent); }
      }
      savePreference("read_aloud", readAloud);
    });
  }

  document.addEventListener("tellus:exit", function () {
    stopped = true;
    if (pollTimer) { window.clearTimeout(pollTimer); }
    log.textContent = "";
  });

  schedulePoll(POLL_MS);
}());
