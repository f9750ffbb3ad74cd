// Gazette search: reads the index that search-index.js describes (loaded before this script,
// it sets window.gazetteSearchIndex) and lists the stories that hold every word typed, as a
// word or the start of one. The index is split: a search loads the word lists for the first
// two letters of its words (search/words-*.js) and the stories it shows (search/stories-*.js),
// as scripts, so it works from disk as well as on any static host.
// The site stays readable without it: the archive and topic pages list every story.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var index = window.gazetteSearchIndex || { stories: 0, chunk: 1, shards: [] };
  var folder = new URL("../search/", document.currentScript.src).href;
  var shards = {}, chunks = {}, pending = {}, latest = 0;

  // The loaded files hand their contents over through these.
  window.gazetteSearch = {
    words: function (name, words) { shards[name] = words; },
    stories: function (number, stories) { chunks[number] = stories; }
  };

  function load(file) {
    if (!pending[file]) {
      pending[file] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = folder + file;
        script.onload = resolve;
        script.onerror = function () { reject(new Error("cannot load " + file)); };
        document.head.appendChild(script);
      });
    }
    return pending[file];
  }

  // As Gazette indexes: lower case, accents dropped, final sigma as sigma, split at anything
  // but letters, marks and digits.
  function words(text) {
    return String(text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\u03c2/g, "\u03c3").split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  }

  function shardName(word) {
    return Array.from(word).slice(0, 2).map(function (c) {
      return /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }).join("");
  }

  // For each story holding `word` (as a word, or the start of one when it has two letters or
  // more), whether its headline does: {story: true|false}.
  function matches(word) {
    var found = {}, exact = Array.from(word).length < 2;
    (shards[shardName(word)] || []).forEach(function (entry) {
      if (exact ? entry[0] !== word : entry[0].lastIndexOf(word, 0) !== 0) return;
      var posting = 0;
      for (var i = 1; i < entry.length; i++) {
        posting += entry[i];
        var story = posting >> 1;
        found[story] = found[story] === true || (posting & 1) === 1;
      }
    });
    return found;
  }

  // Stories holding every word, best first: a word in the headline counts 3, elsewhere 1;
  // ties keep the site's order (newest first).
  function rank(query) {
    var scores = null;
    query.forEach(function (word) {
      var found = matches(word), next = {};
      Object.keys(found).forEach(function (story) {
        if (scores === null || scores[story] !== undefined) {
          next[story] = (scores === null ? 0 : scores[story]) + (found[story] ? 3 : 1);
        }
      });
      scores = next;
    });
    return Object.keys(scores || {}).map(Number).sort(function (a, b) {
      return scores[b] - scores[a] || a - b;
    });
  }

  // Appends `text` to `parent`, wrapping the words searched for in <mark>.
  function appendMarked(parent, text, words) {
    text = String(text || "");
    var pattern = words
      .map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); })
      .filter(Boolean).join("|");
    if (!pattern) { parent.appendChild(document.createTextNode(text)); return; }
    // At the start of a word, as the search matches.
    var re = new RegExp("(?<![\\p{L}\\p{M}\\p{N}])(?:" + pattern + ")", "giu");
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
    var queryWords = words(query), ticket = ++latest;
    if (!queryWords.length) { list.textContent = ""; status.textContent = ""; return; }
    var known = {};
    index.shards.forEach(function (name) { known[name] = true; });
    var needed = queryWords.map(shardName).filter(function (name) { return known[name]; });
    Promise.all(needed.map(function (name) { return load("words-" + name + ".js"); })).then(function () {
      var ranked = rank(queryWords);
      var shown = ranked.slice(0, 50);
      var parts = {};
      shown.forEach(function (story) { parts[Math.floor(story / index.chunk)] = true; });
      return Promise.all(Object.keys(parts).map(function (part) { return load("stories-" + part + ".js"); }))
        .then(function () { return { count: ranked.length, shown: shown }; });
    }).then(function (result) {
      if (ticket !== latest) return;
      render(query, queryWords, result.count, result.shown);
    }, function (error) {
      if (ticket !== latest) return;
      list.textContent = "";
      status.textContent = "Search is not available: " + error.message + ".";
    });
  }

  function render(query, queryWords, count, shown) {
    list.textContent = "";
    status.textContent = (count ? count : "No") + (count === 1 ? " story" : " stories") +
      " found for \u201c" + query.trim() + "\u201d" + (count > shown.length ? "; the best " + shown.length + " are listed." : ".");
    shown.forEach(function (story) {
      var e = chunks[Math.floor(story / index.chunk)][story % index.chunk];
      var item = element("li", "search-result");
      var heading = element("h2", "card-title");
      var link = element("a");
      link.href = e.u;
      appendMarked(link, e.t, queryWords);
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
        appendMarked(summary, e.s, queryWords);
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
