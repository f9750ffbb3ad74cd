// Gazette search: reads search-index.js (loaded before this script, it sets
// window.gazetteSearchIndex) and lists the stories that match every word typed.
// No dependencies, no network requests: it works from disk and on any static host.
// The site stays readable without it: the archive and topic pages list every story.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var entries = null;

  function fold(text) {
    return String(text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function load() {
    if (!entries) {
      entries = (window.gazetteSearchIndex || []).map(function (e) {
        return {
          entry: e,
          title: fold(e.t),
          text: fold([e.t, e.s, (e.k || []).join(" "), e.b, (e.n || []).join(" ")].join(" "))
        };
      });
    }
    return entries;
  }

  function score(item, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      if (item.text.indexOf(words[i]) < 0) return 0;
      total += item.title.indexOf(words[i]) >= 0 ? 3 : 1;
    }
    return total;
  }

  // Appends `text` to `parent`, wrapping the words searched for in <mark>.
  function appendMarked(parent, text, words) {
    text = String(text || "");
    var pattern = words
      .map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); })
      .filter(Boolean).join("|");
    if (!pattern) { parent.appendChild(document.createTextNode(text)); return; }
    var re = new RegExp(pattern, "gi");
    var last = 0, match;
    while ((match = re.exec(text)) !== null) {
      if (match[0] === "") { re.lastIndex++; continue; }
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      parent.appendChild(mark);
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function show(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var hits = load()
      .map(function (item, index) { return { item: item, score: score(item, words), index: index }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.index - b.index; })
      .slice(0, 50);
    status.textContent = (hits.length ? hits.length : "No") + (hits.length === 1 ? " story" : " stories") +
      " found for \u201c" + query.trim() + "\u201d.";
    hits.forEach(function (hit) {
      var e = hit.item.entry;
      var item = element("li", "search-result");
      var heading = element("h2", "card-title");
      var link = element("a");
      link.href = e.u;
      appendMarked(link, e.t, words);
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = [e.b, e.d].filter(Boolean);
      if (meta.length) {
        var p = element("p", "card-meta");
        meta.forEach(function (m) { p.appendChild(element("span", null, m)); });
        item.appendChild(p);
      }
      if (e.s) {
        var summary = element("p", "card-summary");
        appendMarked(summary, e.s, words);
        item.appendChild(summary);
      }
      if (e.k && e.k.length) {
        item.appendChild(element("p", "result-topics", "Topics: " + e.k.join(", ")));
      }
      list.appendChild(item);
    });
  }

  var initial = "";
  try { initial = new URLSearchParams(window.location.search).get("q") || ""; } catch (err) { initial = ""; }
  input.value = initial;
  var masthead = document.getElementById("masthead-q");
  if (masthead) masthead.value = initial;

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    try {
      history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    } catch (err) {
      // Some browsers refuse to change the address of a file:// page; the results still show.
    }
    show(query);
  });
  input.addEventListener("input", function () { show(input.value); });
  if (initial) show(initial);
})();
