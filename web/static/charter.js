// Progressive enhancement: select words in a document and a link appears to
// comment on exactly that passage. Without JavaScript, members paste the
// passage into the section page's form instead.
(function () {
  "use strict";
  var body = document.querySelector(".body[data-sections]");
  if (!body) return;
  var link = document.createElement("a");
  link.className = "quote-link button";
  link.textContent = body.getAttribute("data-quote-label") || "Comment on this passage";
  link.hidden = true;
  document.body.appendChild(link);
  function update() {
    var sel = window.getSelection();
    var text = sel && sel.toString().trim();
    if (!text || text.length > 2000 || !sel.rangeCount) { link.hidden = true; return; }
    var node = sel.getRangeAt(0).commonAncestorContainer;
    var el = node.nodeType === 1 ? node : node.parentElement;
    var section = el && el.closest("[data-number]");
    if (!section || !body.contains(section)) { link.hidden = true; return; }
    link.href = body.getAttribute("data-sections") + encodeURIComponent(section.id) +
      "?quote=" + encodeURIComponent(text) + "#comment-form";
    link.hidden = false;
  }
  document.addEventListener("selectionchange", update);
})();

// Progressive enhancement: the comment form posts without leaving the page,
// and the amendment form's redline follows the text as the member types.
// Both send the form as it would post, marked with X-Charter-Fragment; the
// server answers with the part of the page that changed, rendered by the
// same template as the whole page, or with the error's message.
(function () {
  "use strict";
  if (!window.fetch || !window.URLSearchParams) return;

  function post(form, data) {
    return fetch(form.getAttribute("action"), {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-Charter-Fragment": "1" }
    });
  }

  // html parses a fragment from Charter inertly: nothing in it runs or loads
  // before it is in the page, where the CSP applies as to the rest.
  function html(text) {
    var t = document.createElement("template");
    t.innerHTML = text;
    return t.content;
  }

  // problem is what went wrong, in the member's language: the message alone
  // from the handlers, or the error page's message from the middleware
  // (an expired form, a body over the size limit).
  function problem(res, text) {
    if ((res.headers.get("Content-Type") || "").indexOf("text/plain") === 0) return text.trim();
    var p = new DOMParser().parseFromString(text, "text/html").querySelector("main .error");
    return p ? p.textContent.trim() : "";
  }

  var commentForm = document.querySelector("#comment-form form");
  var comments = document.getElementById("comments");
  if (commentForm && comments) {
    var error = document.getElementById("comment-error");
    var status = document.getElementById("comment-status");
    var button = commentForm.querySelector('button[type="submit"]');
    // added puts the new comment first, as the page lists the newest, and
    // tells screen readers it is there.
    var added = function (text) {
      var fragment = html(text);
      var node = fragment.querySelector("article.comment");
      if (!node) { window.location.reload(); return; }
      // The section's counts, with the new comment counted.
      var counts = fragment.querySelector("p.counts"), shown = document.querySelector("p.counts");
      if (counts && shown) shown.replaceWith(counts);
      // Looked up again: a live page may have swapped the list since.
      comments = document.getElementById("comments") || comments;
      var empty = comments.querySelector(".no-comments");
      if (empty) empty.remove();
      comments.insertBefore(node, comments.querySelector("article.comment"));
      error.hidden = true;
      error.textContent = "";
      commentForm.querySelector("#body").value = "";
      commentForm.querySelector("#quote").value = "";
      node.setAttribute("tabindex", "-1");
      node.focus();
      // Emptied first, so a second comment is announced again in the same words.
      status.textContent = "";
      setTimeout(function () { status.textContent = commentForm.getAttribute("data-posted"); }, 100);
    };
    var answer = function (res, text) {
      if (res.status === 201) return added(text);
      // A followed redirect: the page to show, with the comment if it was
      // stored; posting again could store it twice.
      if (res.ok) return window.location.assign(res.url);
      var message = problem(res, text);
      if (!message) return commentForm.submit();
      error.hidden = false;
      error.textContent = message;
      // On a phone the message may be below the screen, under the button
      // just pressed: bring it into view.
      error.scrollIntoView({ block: "center" });
    };
    commentForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (button.disabled) return;
      button.disabled = true;
      post(commentForm, new URLSearchParams(new FormData(commentForm))).then(function (res) {
        return res.text().then(function (text) { answer(res, text); });
      }, function () {
        // No answer at all: post the ordinary way, which shows what happened.
        commentForm.submit();
      }).catch(function () {
        // The answer was cut off: the member still has the text to try again.
      }).then(function () { button.disabled = false; });
    });
  }

  // The amendment form previews its redline and motion as the member
  // types, in Markdown or in plain words (a box a clause).
  var region = document.getElementById("live-preview");
  var amendForm = document.querySelector("form[data-live-preview]");
  if (region && amendForm) {
    var state = function () {
      var data = new URLSearchParams(new FormData(amendForm));
      data.delete("op");
      data.delete("action");
      return data;
    };
    var sent = state().toString(), timer = 0, busy = false;
    var schedule = function () {
      clearTimeout(timer);
      timer = setTimeout(preview, 600);
    };
    // preview sends the form when it changed and no request is out; the
    // answer to the one out schedules the next, so replies come in order.
    var preview = function () {
      var data = state();
      if (busy || data.toString() === sent) return;
      busy = true;
      sent = data.toString();
      data.set("action", "preview");
      post(amendForm, data).then(function (res) {
        return res.text().then(function (body) {
          if (res.ok && !res.redirected) {
            region.replaceChildren(html(body));
            return;
          }
          var message = problem(res, body);
          if (!message) return;
          var p = document.createElement("p");
          p.className = "error";
          p.textContent = message;
          region.replaceChildren(p);
        });
      }).catch(function () {
        // Offline: the last preview stays; the next keystroke tries again.
      }).then(function () {
        busy = false;
        if (state().toString() !== sent) schedule();
      });
    };
    // The clause buttons (add after, move up or down) come back with the
    // form as the server reshaped it: the clauses and the preview are
    // swapped in place, and the box added or the clause moved keeps focus.
    // Without this, each is an ordinary submit.
    amendForm.addEventListener("click", function (e) {
      var button = e.target.closest('button[name="op"]');
      if (!button || !/^(add|up|down):/.test(button.value) || !window.DOMParser) return;
      e.preventDefault();
      var data = new URLSearchParams(new FormData(amendForm));
      data.set("op", button.value);
      var list = amendForm.querySelector("ol.clauses");
      var moved = button.closest("li.clause").querySelector('input[name="row"]').value;
      fetch(amendForm.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin" }).then(function (res) {
        return res.text().then(function (body) {
          var page = new DOMParser().parseFromString(body, "text/html");
          var fresh = page.querySelector("form[data-live-preview] ol.clauses");
          if (!res.ok || !fresh || !list) {
            var p = document.createElement("p");
            p.className = "error";
            p.textContent = problem(res, body) || res.statusText;
            region.replaceChildren(p);
            return;
          }
          list.replaceWith(document.adoptNode(fresh));
          var preview = page.getElementById("live-preview");
          if (preview) region.replaceChildren.apply(region, Array.prototype.map.call(preview.childNodes, function (n) { return document.adoptNode(n); }));
          sent = state().toString();
          var boxes = Array.prototype.slice.call(fresh.querySelectorAll("li.clause"));
          var focus = button.value.indexOf("add:") === 0 ?
            boxes.filter(function (li) { return li.classList.contains("added") && li.querySelector("textarea").value === ""; })[0] :
            boxes.filter(function (li) { return li.querySelector('input[name="row"]').value === moved; })[0];
          var box = focus && focus.querySelector("textarea, button");
          if (box) box.focus();
        });
      }).catch(function () {
        amendForm.requestSubmit(button);
      });
    });
    amendForm.addEventListener("input", schedule);
    amendForm.addEventListener("change", function (e) {
      // A struck clause shows struck at once.
      if (e.target.name === "strike") e.target.closest("li").classList.toggle("struck", e.target.checked);
      schedule();
    });
  }
})();

// Progressive enhancement: a page that shows what others change (a
// document's counts, a section's comments, a ballot's status and turnout)
// names its event stream in data-live. When the stream says something
// changed, the page is read again and each part marked data-live-part is
// swapped for its new self, unless the member is typing or choosing in it.
// Without JavaScript, or without EventSource, the page stays as loaded.
(function () {
  "use strict";
  var live = document.querySelector("[data-live]");
  if (!live || !window.EventSource || !window.fetch || !window.DOMParser) return;
  // The stream says at once if anything changed between the page's
  // rendering and its opening.
  var seq = document.querySelector('meta[name="charter-seq"]');
  var source = null, waiting = false;
  function refresh() {
    if (waiting) return;
    waiting = true;
    // Changes come in bursts (a merge, a vote count): one read for them.
    window.setTimeout(function () {
      fetch(window.location.href, { credentials: "same-origin" }).then(function (res) {
        return res.ok ? res.text() : null;
      }).then(function (text) {
        waiting = false;
        if (!text) return;
        var fresh = new DOMParser().parseFromString(text, "text/html");
        var parts = document.querySelectorAll("[data-live-part]");
        for (var i = 0; i < parts.length; i++) {
          var old = parts[i];
          var next = fresh.querySelector('[data-live-part="' + old.getAttribute("data-live-part") + '"]');
          if (next && !old.contains(document.activeElement)) {
            old.replaceWith(document.importNode(next, true));
          }
        }
      }).catch(function () { waiting = false; });
    }, 300);
  }
  function follow(since) {
    source = new EventSource(live.getAttribute("data-live") + (since ? "?since=" + encodeURIComponent(since) : ""));
    source.addEventListener("change", refresh);
    source.addEventListener("end", function () { source.close(); });
  }
  follow(seq && seq.content);
  // A page left for another is closed, or kept in the back-forward cache
  // with its stream still open: a browser keeps only six connections to a
  // server, and six pages left behind would hold them all, so that the
  // next page never loads. The stream ends as the page is left; a page
  // brought back follows again and reads what changed while it was away.
  window.addEventListener("pagehide", function () { source.close(); });
  window.addEventListener("pageshow", function (ev) {
    if (!ev.persisted) return;
    follow("");
    refresh();
  });
})();
