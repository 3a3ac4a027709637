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
