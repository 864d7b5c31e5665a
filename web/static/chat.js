// The chat client: posts to the gateway's Rasa REST webhook and shows replies and buttons.
// The conversation id lives in memory only, so nothing is left in the browser's storage.
(function () {
  "use strict";
  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var sender = Array.from(crypto.getRandomValues(new Uint8Array(16)),
    function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  var lang = document.documentElement.lang || "en";

  function show(text, from) {
    var item = document.createElement("p");
    item.className = "message " + from;
    item.textContent = text;
    log.appendChild(item);
    return item;
  }

  function showButtons(buttons) {
    var group = document.createElement("div");
    group.className = "choices";
    buttons.forEach(function (button) {
      var element = document.createElement("button");
      element.type = "button";
      element.textContent = button.title;
      element.addEventListener("click", function () {
        group.remove();
        send(button.payload, button.title);
      });
      group.appendChild(element);
    });
    log.appendChild(group);
    group.querySelector("button").focus();
  }

  function send(message, shownAs) {
    show(shownAs || message, "user");
    fetch("/webhooks/rest/webhook", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({sender: sender, message: message, metadata: {lang: lang}})
    }).then(function (response) { return response.json(); })
      .then(function (replies) {
        if (!Array.isArray(replies)) { show(replies.error || "Sorry, something went wrong.", "bot"); return; }
        replies.forEach(function (reply) {
          if (reply.text) { show(reply.text, "bot"); }
          if (reply.buttons && reply.buttons.length) { showButtons(reply.buttons); }
        });
      })
      .catch(function () { show("Sorry, your message could not be sent. Please try again.", "bot"); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    send(text);
  });
}());
