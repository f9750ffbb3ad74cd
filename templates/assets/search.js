// Gazette search: reads search-index.js (loaded before this script) and lists the stories matching every word typed.
// No dependencies; the site stays readable without it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var entries = null;

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function load(done) {
    if (!entries) {
      entries = (window.gazetteSearchIndex || []).map(function (e) {
        e.text = fold([e.t, e.s, (e.k || []).join(" "), e.b].join(" "));
        e.title = fold(e.t);
        return e;
      });
    }
    done();
  }

  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      if (entry.text.indexOf(words[i]) < 0) return 0;
      total += entry.title.indexOf(words[i]) >= 0 ? 3 : 1;
    }
    return total;
  }

  function show(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var hits = entries
      .map(function (entry, index) { return { entry: entry, score: score(entry, words), index: index }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.index - b.index; })
      .slice(0, 50);
    status.textContent = hits.length + (hits.length === 1 ? " story" : " stories") + " found for \u201c" + query + "\u201d.";
    hits.forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.entry.u;
      link.textContent = hit.entry.t;
      item.appendChild(link);
      if (hit.entry.d) {
        var date = document.createElement("p");
        date.className = "card-meta";
        date.textContent = hit.entry.d;
        item.appendChild(date);
      }
      var summary = document.createElement("p");
      summary.textContent = hit.entry.s;
      item.appendChild(summary);
      list.appendChild(item);
    });
  }

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    load(function () { show(query); });
  });
  input.addEventListener("input", function () {
    load(function () { show(input.value); });
  });
  if (initial) load(function () { show(initial); });
})();
