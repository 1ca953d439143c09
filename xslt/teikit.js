/*
  teikit.js: small enhancements of the teikit views; every page works without it.

  - index.html: the filter box narrows the registers and the chronology as one types (case- and
    diacritic-insensitive), with a count for screen readers, and the counts of the sections follow;
  - reading.html: the register popups of linked names, shown on hover and keyboard focus, hidden on
    leaving, on blur and on Escape (WAI-ARIA tooltip pattern);
  - index.html of the site: the editions table sorts by any column (a button in each heading);
  - reading.html: editorial notes in place: a note mark shows its note beside it on hover and focus;
    a click, a tap or Enter keeps it open as a small non-modal dialog that takes the focus, and
    Escape, the close button or a click elsewhere closes it, giving the focus back to the mark. The
    numbered notes at the end stay, for reading without JavaScript and for print;
  - reading.html: the boxes "Mark in the text" turn the marking of persons, places, organisations
    and dates on and off (remembered in localStorage where the browser allows it); a click or tap
    on a name marks every mention of it and opens a preview of its register entry, with the way
    on to the index (on a phone, a tap no longer leaves the text at once);
  - every page: "Search" in the header searches the reading texts of all the editions of the site
    with lunr.js over the indexes `teikit build` wrote (assets/search-index.js lists the editions,
    EDITION/search.js holds one's index; loaded by <script> elements, a batch of editions at a time
    until 50 hits are found, so it works from file:// and on a site of thousands of editions); a hit
    opens EDITION/reading.html?q=…#PASSAGE, where the words found are marked (<mark class="search-hit">);
  - reading.html on a wide screen: "Side by side" shows the diplomatic text in a panel beside the
    reading text, following the reader's passage (diplomatic.html?embedded#ID in a frame);
  - index.html: a month picked in the timeline marks all the dates of that month in the chronology;
  - reading.html and diplomatic.html: the passage the reader is at (the first block with a ¶ link
    at the top of the window) goes along when they switch to the other text, so they land on the
    same paragraph; the citation at the foot of the page gives that passage's full address;
  - every page: CSS shows the popups of corrections and gaps (data-tip), so their native title
    tooltips are dropped (kept as aria-description); <details> open for printing.

  Plain ES2018, no libraries, no network. It runs on every page, so each part checks its elements.
*/
(function () {
  "use strict";

  /* ------------------------------------------------------------ helpers */

  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  try {
    MARKS = new RegExp("\\p{M}", "gu");
  } catch (e) {
    /* an engine without Unicode property escapes keeps the combining-mark ranges above */
  }

  /** Text folded for matching: lower case, no diacritics, single spaces. */
  function fold(text) {
    return String(text || "")
      .normalize("NFD")
      .replace(MARKS, "")
      .toLowerCase()
      .replace(/[\u2019\u2018`]/g, "'")
      .replace(/\s+/g, " ")
      .trim();
  }

  function ready(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  /* ------------------------------------------------------------ index filter */

  function setupFilter() {
    var box = document.querySelector(".filter");
    var input = document.getElementById("index-filter");
    if (!box || !input) return;
    var status = document.getElementById("index-filter-status");

    var items = Array.prototype.map.call(document.querySelectorAll("li.entry"), function (li) {
      return { li: li, text: fold((li.getAttribute("data-filter") || "") + " " + li.textContent) };
    });
    var total = items.length;

    /* Each register section gets a "none match" line, shown when all of its entries are hidden. */
    var sections = Array.prototype.map.call(document.querySelectorAll("section.register"), function (section) {
      var note = document.createElement("p");
      note.className = "no-match";
      note.hidden = true;
      note.textContent = "No entries in this section match the filter.";
      var heading = section.querySelector("h2");
      if (heading && heading.nextSibling) {
        section.insertBefore(note, heading.nextSibling);
      } else {
        section.appendChild(note);
      }
      var link = section.id ? document.querySelector(".index-sections a[href='#" + section.id + "']") : null;
      var count = link ? link.querySelector(".count") : null;
      return {
        note: note,
        entries: section.querySelectorAll("li.entry"),
        legend: section.querySelector(".legend"),
        count: count,
        total: count ? count.textContent : ""
      };
    });

    /* Chronology years: a year heading is followed by the list of its events. */
    var years = Array.prototype.map.call(document.querySelectorAll(".chronology h3.year"), function (h) {
      var list = h.nextElementSibling;
      return { heading: h, list: list && list.matches("ol, ul") ? list : null };
    });

    function apply() {
      var query = fold(input.value);
      var shown = 0;
      items.forEach(function (item) {
        var match = !query || item.text.indexOf(query) !== -1;
        item.li.hidden = !match;
        if (match) shown += 1;
      });
      sections.forEach(function (s) {
        var any = s.entries.length === 0 || Array.prototype.some.call(s.entries, function (li) { return !li.hidden; });
        s.note.hidden = any || !query;
        if (s.count) {
          /* the section's count in the list of sections follows the filter: "(3 of 61)" */
          var left = Array.prototype.filter.call(s.entries, function (li) { return !li.hidden; }).length;
          s.count.textContent = query ? "(" + left + " of " + s.total.replace(/[()]/g, "") + ")" : s.total;
        }
      });
      years.forEach(function (y) {
        if (!y.list) return;
        var any = Array.prototype.some.call(y.list.children, function (li) { return !li.hidden; });
        y.heading.hidden = !any;
        y.list.hidden = !any;
      });
      if (status) {
        status.textContent = query
          ? shown + " of " + total + (total === 1 ? " entry matches" : " entries match") +
            (shown === 0 ? ". Try fewer letters or another spelling." : ".")
          : "";
      }
    }

    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(apply, 80);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value) {
        input.value = "";
        apply();
      }
    });
    box.hidden = false;
    if (input.value) apply();
  }

  /* ------------------------------------------------------------ entity tooltips */

  function setupTooltips() {
    var links = document.querySelectorAll("a.ent[aria-describedby]");
    if (!links.length) return;
    var current = null; /* { link, tip } */
    var hideTimer = null;

    function tipOf(link) {
      var id = link.getAttribute("aria-describedby");
      var tip = id ? document.getElementById(id) : null;
      return tip && tip.classList.contains("tooltip") ? tip : null;
    }

    function position(link, tip) {
      var rects = link.getClientRects();
      var anchor = rects.length ? rects[0] : link.getBoundingClientRect();
      var doc = document.documentElement;
      var viewportWidth = doc.clientWidth;
      var margin = 8;
      tip.style.left = "0px";
      tip.style.top = "0px";
      var width = tip.offsetWidth;
      var height = tip.offsetHeight;
      var left = Math.min(Math.max(anchor.left, margin), Math.max(margin, viewportWidth - width - margin));
      var top = anchor.bottom + 6;
      if (top + height > window.innerHeight - margin && anchor.top - height - 6 > margin) {
        top = anchor.top - height - 6; /* no room below: above the name */
      }
      tip.style.left = Math.round(left + window.pageXOffset) + "px";
      tip.style.top = Math.round(top + window.pageYOffset) + "px";
    }

    function show(link) {
      window.clearTimeout(hideTimer);
      var tip = tipOf(link);
      if (!tip) return;
      if (current && current.tip !== tip) current.tip.hidden = true;
      var kind = (link.className.match(/\bent-(pers|place|org)\b/) || [])[1];
      if (kind) tip.setAttribute("data-kind", kind);
      tip.hidden = false;
      position(link, tip);
      current = { link: link, tip: tip };
    }

    function hide() {
      window.clearTimeout(hideTimer);
      if (current) current.tip.hidden = true;
      current = null;
    }

    function hideSoon(link) {
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(function () {
        if (current && current.link === link && document.activeElement !== link) hide();
      }, 60);
    }

    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener("mouseenter", function () { show(link); });
      link.addEventListener("focus", function () { show(link); });
      link.addEventListener("mouseleave", function () { hideSoon(link); });
      link.addEventListener("blur", function () { if (current && current.link === link) hide(); });
    });

    document.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && current) hide();
    });
    window.addEventListener("resize", function () { if (current) position(current.link, current.tip); });
  }

  /* ------------------------------------------------------------ notes in place */

  /** Place a floating box beside an anchor: below it, or above when there is no room below. */
  function placeBeside(anchor, box) {
    var rects = anchor.getClientRects();
    var rect = rects.length ? rects[0] : anchor.getBoundingClientRect();
    var margin = 8;
    box.style.left = "0px";
    box.style.top = "0px";
    var width = box.offsetWidth;
    var height = box.offsetHeight;
    var viewportWidth = document.documentElement.clientWidth;
    var left = Math.min(Math.max(rect.left - 16, margin), Math.max(margin, viewportWidth - width - margin));
    var top = rect.bottom + 6;
    if (top + height > window.innerHeight - margin && rect.top - height - 6 > margin) {
      top = rect.top - height - 6;
    }
    box.style.left = Math.round(left + window.pageXOffset) + "px";
    box.style.top = Math.round(top + window.pageYOffset) + "px";
  }

  /** A popover's box (a non-modal dialog, hidden until shown) with its close button and title:
      the notes in place and the names' previews share it. Its parts are classed NAME-popover-…;
      the close button wears the notes' class, whose look both share. */
  function makePopover(name, closeLabel) {
    var box = document.createElement("div");
    box.className = name + "-popover";
    box.id = name + "-popover";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-labelledby", name + "-popover-title");
    box.hidden = true;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "note-popover-close";
    close.setAttribute("aria-label", closeLabel);
    close.textContent = "×";
    var title = document.createElement("p");
    title.className = name + "-popover-title";
    title.id = name + "-popover-title";
    box.appendChild(close);
    box.appendChild(title);
    return {box: box, title: title, close: close};
  }

  function setupNotes() {
    var marks = document.querySelectorAll("a[role=doc-noteref]");
    if (!marks.length) return;

    var popover = makePopover("note", "Close the note");
    var box = popover.box, title = popover.title, close = popover.close;
    var body = document.createElement("div");
    body.className = "note-popover-body";
    box.appendChild(body);
    document.body.appendChild(box);

    var current = null; /* the mark whose note is shown */
    var pinned = false; /* opened by a click, tap or Enter: stays until closed */
    var hideTimer = null;
    var returning = false; /* the focus goes back to the mark: not a reason to show the note again */

    function noteOf(mark) {
      var id = decodeURIComponent((mark.getAttribute("href") || "").replace(/^#/, ""));
      var li = id ? document.getElementById(id) : null;
      return li && li.closest("section.footnotes") ? li : null;
    }

    function show(mark, pin) {
      window.clearTimeout(hideTimer);
      var note = noteOf(mark);
      if (!note) return false;
      if (current && current !== mark) current.setAttribute("aria-expanded", "false");
      body.textContent = "";
      Array.prototype.forEach.call(note.childNodes, function (node) {
        if (node.nodeType === 1 && node.classList.contains("backref")) return;
        var copy = node.cloneNode(true);
        if (copy.nodeType === 1) {
          /* the copy must not repeat the ids of the note it shows */
          copy.removeAttribute("id");
          Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
        }
        body.appendChild(copy);
      });
      title.textContent = "Note " + mark.textContent.trim();
      box.tabIndex = -1; /* focusable while shown, by script only */
      box.hidden = false;
      box.classList.toggle("pinned", !!pin);
      placeBeside(mark, box);
      mark.setAttribute("aria-expanded", "true");
      current = mark;
      pinned = !!pin;
      if (pin) box.focus();
      return true;
    }

    function hide(returnFocus) {
      window.clearTimeout(hideTimer);
      if (!current) return;
      var mark = current;
      box.hidden = true;
      box.removeAttribute("tabindex");
      mark.setAttribute("aria-expanded", "false");
      current = null;
      pinned = false;
      if (returnFocus) {
        returning = true;
        mark.focus();
        returning = false;
      }
    }

    function hideSoon() {
      if (pinned) return;
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(function () {
        if (!pinned && !box.matches(":hover") && !(current && document.activeElement === current)) hide(false);
      }, 250);
    }

    Array.prototype.forEach.call(marks, function (mark) {
      mark.setAttribute("aria-haspopup", "dialog");
      mark.setAttribute("aria-expanded", "false");
      mark.addEventListener("mouseenter", function () { if (!pinned) show(mark, false); });
      mark.addEventListener("focus", function () { if (!pinned && !returning) show(mark, false); });
      mark.addEventListener("mouseleave", hideSoon);
      mark.addEventListener("blur", function () { if (!pinned) hideSoon(); });
      mark.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; /* a new tab: the list */
        if (show(mark, true)) event.preventDefault();
      });
    });
    box.addEventListener("mouseleave", hideSoon);
    close.addEventListener("click", function () { hide(true); });
    document.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && current) {
        var wasPinned = pinned || box.contains(document.activeElement);
        hide(wasPinned);
      }
    });
    document.addEventListener("click", function (event) {
      if (current && pinned && !box.contains(event.target) && event.target !== current) hide(false);
    });
    window.addEventListener("resize", function () { if (current) placeBeside(current, box); });
  }

  /* ------------------------------------------------------------ highlight controls */

  var HIGHLIGHT_KEY = "teikit.highlights";

  function setupHighlights() {
    var box = document.getElementById("highlights");
    var text = document.querySelector(".text");
    if (!box || !text) return;
    var boxes = box.querySelectorAll("input[name=highlight]");
    var saved = null;
    try {
      saved = JSON.parse(window.localStorage.getItem(HIGHLIGHT_KEY) || "null");
    } catch (e) {
      saved = null; /* storage refused (private mode, some file:// settings): the defaults stay */
    }
    function apply() {
      var state = {};
      Array.prototype.forEach.call(boxes, function (input) {
        text.classList.toggle("hide-" + input.value, !input.checked);
        text.classList.toggle("show-" + input.value, input.checked);
        state[input.value] = input.checked;
      });
      return state;
    }
    Array.prototype.forEach.call(boxes, function (input) {
      if (saved && typeof saved[input.value] === "boolean") input.checked = saved[input.value];
      input.addEventListener("change", function () {
        var state = apply();
        try {
          window.localStorage.setItem(HIGHLIGHT_KEY, JSON.stringify(state));
        } catch (e) {
          /* not remembered: the choice holds for this page */
        }
      });
    });
    apply();
    box.hidden = false;
  }

  /* ------------------------------------------------------------ a name's preview, its mentions marked */

  function setupEntityPreview() {
    var links = document.querySelectorAll(".text a.ent[aria-describedby]");
    if (!links.length) return;

    var popover = makePopover("entity", "Close the preview");
    var box = popover.box, title = popover.title, close = popover.close;
    var about = document.createElement("p");
    about.className = "entity-popover-about";
    var count = document.createElement("p");
    count.className = "entity-popover-count";
    var actions = document.createElement("p");
    actions.className = "entity-popover-actions";
    var entry = document.createElement("a");
    entry.className = "entity-popover-entry";
    entry.textContent = "Index entry";
    var unmark = document.createElement("button");
    unmark.type = "button";
    unmark.className = "entity-popover-unmark";
    unmark.textContent = "Unmark";
    actions.appendChild(entry);
    actions.appendChild(unmark);
    box.appendChild(about);
    box.appendChild(count);
    box.appendChild(actions);
    document.body.appendChild(box);

    var current = null;

    function mentionsOf(tipId) {
      return document.querySelectorAll(".text a.ent[aria-describedby='" + tipId.replace(/['\\]/g, "\\$&") + "']");
    }

    function clearMarks() {
      Array.prototype.forEach.call(document.querySelectorAll(".ent-marked"), function (a) {
        a.classList.remove("ent-marked");
      });
    }

    function open(link) {
      var tipId = link.getAttribute("aria-describedby");
      var tip = document.getElementById(tipId);
      if (!tip) return false;
      clearMarks();
      var mentions = mentionsOf(tipId);
      Array.prototype.forEach.call(mentions, function (a) { a.classList.add("ent-marked"); });
      var name = tip.querySelector("strong");
      var rest = tip.querySelector("span");
      title.textContent = name ? name.textContent : link.textContent;
      about.textContent = rest ? rest.textContent : "";
      about.hidden = !rest;
      count.textContent = mentions.length === 1 ? "1 mention in this text, marked."
        : mentions.length + " mentions in this text, marked.";
      entry.setAttribute("href", link.getAttribute("href"));
      box.setAttribute("data-kind", (link.className.match(/\bent-(pers|place|org)\b/) || [])[1] || "");
      box.tabIndex = -1; /* focusable while shown, by script only */
      box.hidden = false;
      document.body.classList.add("previewing");
      placeBeside(link, box);
      current = link;
      box.focus();
      return true;
    }

    function hide(returnFocus) {
      if (!current) return;
      var link = current;
      box.hidden = true;
      box.removeAttribute("tabindex");
      document.body.classList.remove("previewing");
      current = null;
      if (returnFocus) link.focus();
    }

    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        if (open(link)) event.preventDefault();
      });
    });
    close.addEventListener("click", function () { hide(true); });
    unmark.addEventListener("click", function () { clearMarks(); hide(true); });
    document.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && current) hide(true);
    });
    document.addEventListener("click", function (event) {
      if (current && !box.contains(event.target) && !current.contains(event.target)) hide(false);
    });
    window.addEventListener("resize", function () { if (current) placeBeside(current, box); });
  }

  /* ------------------------------------------------------------ full-text search */

  /** The site's root, as the page's own stylesheet link spells it ("../" or ""). */
  function siteRoot() {
    var css = document.querySelector("link[rel=stylesheet][href$='assets/teikit.css']");
    return css ? css.getAttribute("href").replace(/assets\/teikit\.css$/, "") : "";
  }

  var loaded = {};
  /** Load a script of the site once; `done(ok)` when it ran or failed. */
  function loadScript(src, done) {
    if (loaded[src] === true) { done(true); return; }
    if (Array.isArray(loaded[src])) { loaded[src].push(done); return; }
    loaded[src] = [done];
    var script = document.createElement("script");
    script.src = src;
    function finish(ok) {
      var waiting = loaded[src];
      loaded[src] = ok ? true : undefined;
      waiting.forEach(function (fn) { fn(ok); });
    }
    script.onload = function () { finish(true); };
    script.onerror = function () { script.remove(); finish(false); };
    document.head.appendChild(script);
  }

  /** The words of a text as lunr indexes them (tokenised, stop words out, stemmed). */
  function lunrTerms(text) {
    var pipeline = new window.lunr.Pipeline();
    pipeline.add(window.lunr.trimmer, window.lunr.stopWordFilter, window.lunr.stemmer);
    return pipeline.run(window.lunr.tokenizer(text)).map(String);
  }

  /** Wrap every word of `root` whose lunr term is in `terms` in <mark class="search-hit">. */
  function markTerms(root, terms) {
    if (!terms.length) return 0;
    var wanted = {};
    terms.forEach(function (t) { wanted[t] = true; });
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest(".counterpart, .visually-hidden, mark, script, style")
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var count = 0;
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      var word = /[^\s\-\u2013\u2014]+/g;
      var match;
      var pieces = [];
      var last = 0;
      while ((match = word.exec(text))) {
        var term = lunrTerms(match[0])[0];
        if (term && wanted[term]) {
          /* the word without the punctuation around it, as lunr's trimmer takes it */
          var start = match.index + match[0].match(/^\W*/)[0].length;
          var end = match.index + match[0].length - match[0].match(/\W*$/)[0].length;
          pieces.push(document.createTextNode(text.slice(last, start)));
          var mark = document.createElement("mark");
          mark.className = "search-hit";
          mark.textContent = text.slice(start, end);
          pieces.push(mark);
          last = end;
          count += 1;
        }
      }
      if (!pieces.length) return;
      pieces.push(document.createTextNode(text.slice(last)));
      var parent = node.parentNode;
      pieces.forEach(function (piece) { parent.insertBefore(piece, node); });
      parent.removeChild(node);
    });
    return count;
  }

  /** Run a reader's query; a query lunr cannot parse ("Ivanov:") is searched for its words. */
  function runQuery(index, query) {
    try {
      return index.search(query);
    } catch (e) {
      return index.search(query.replace(/[:^~*+\-]/g, " "));
    }
  }

  function setupSearch() {
    var header = document.querySelector(".site-header-inner");
    if (!header) return;
    var root = siteRoot();

    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "search-toggle";
    toggle.textContent = "Search";
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", "site-search");
    header.appendChild(toggle);
    header.classList.add("js-search");

    var form = document.createElement("form");
    form.className = "site-search";
    form.id = "site-search";
    form.setAttribute("role", "search");
    form.hidden = true;
    var label = document.createElement("label");
    label.htmlFor = "site-search-query";
    label.textContent = "Search the texts of all editions";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "site-search-query";
    input.name = "q";
    input.autocomplete = "off";
    var submit = document.createElement("button");
    submit.type = "submit";
    submit.textContent = "Search";
    var status = document.createElement("p");
    status.className = "search-status";
    status.setAttribute("role", "status");
    var results = document.createElement("ol");
    results.className = "search-results";
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(submit);
    form.appendChild(status);
    form.appendChild(results);
    header.appendChild(form);

    /* the site's list of editions, then each edition's index (EDITION/search.js) as a search needs
       it, a batch at a time: a site of thousands of editions is never loaded whole */
    var editions = null;
    var indexes = {};
    var BATCH = 8;
    var ENOUGH = 50;

    function withEditions(done) {
      if (editions) { done(editions); return; }
      status.textContent = "Loading the search index…";
      var missing = "The search is not available: this site was built without its index.";
      loadScript(root + "assets/lunr.js", function (ok) {
        if (!ok) { status.textContent = missing; return; }
        loadScript(root + "assets/search-index.js", function (found) {
          if (!found || !window.teikitSearch) { status.textContent = missing; return; }
          editions = window.teikitSearch.editions || [];
          done(editions);
        });
      });
    }

    /** The index of one edition, loaded once; null when its script is missing. */
    function withEditionIndex(name, done) {
      if (name in indexes) { done(indexes[name]); return; }
      loadScript(root + encodeURIComponent(name) + "/search.js", function (ok) {
        var part = ok && (window.teikitSearchEditions || {})[name];
        indexes[name] = part ? { title: part.title, passages: part.passages, index: window.lunr.Index.load(part.index) } : null;
        done(indexes[name]);
      });
    }

    /** Search editions[from…] a batch at a time until there are `wanted` hits or no edition is
        left; `done(hits, searched)` with hits as { edition, title, id, passage, score }. */
    function searchFrom(query, from, hits, wanted, done) {
      var batch = editions.slice(from, from + BATCH);
      if (!batch.length || hits.length >= wanted) { done(hits, from); return; }
      var waiting = batch.length;
      batch.forEach(function (name) {
        withEditionIndex(name, function (part) {
          if (part) {
            runQuery(part.index, query).forEach(function (hit) {
              var passage = part.passages[hit.ref];
              if (passage) hits.push({ edition: name, title: part.title, id: hit.ref, passage: passage, score: hit.score });
            });
          }
          waiting -= 1;
          if (!waiting) {
            status.textContent = "Searching… " + Math.min(from + BATCH, editions.length) + " of " + editions.length + " editions";
            searchFrom(query, from + BATCH, hits, wanted, done);
          }
        });
      });
    }

    function snippet(text, terms) {
      var span = document.createElement("span");
      span.className = "snippet";
      var words = text.split(/\s+/);
      var first = 0;
      for (var i = 0; i < words.length; i += 1) {
        var term = lunrTerms(words[i])[0];
        if (term && terms.indexOf(term) !== -1) { first = i; break; }
      }
      var from = Math.max(0, first - 12);
      span.textContent = (from > 0 ? "… " : "") + words.slice(from, from + 36).join(" ") +
        (from + 36 < words.length ? " …" : "");
      markTerms(span, terms);
      return span;
    }

    function show(query, from, earlier) {
      withEditions(function () {
        var found = earlier || [];
        searchFrom(query, from || 0, found, found.length + ENOUGH, function (hits, searched) {
          hits.sort(function (a, b) { return b.score - a.score; });
          var terms = lunrTerms(query);
          results.textContent = "";
          var where = searched < editions.length ? " in the first " + searched + " of " + editions.length + " editions" : "";
          status.textContent = hits.length
            ? hits.length + (hits.length === 1 ? " passage" : " passages") + " found" + where +
              (hits.length > ENOUGH ? "; the first " + ENOUGH + ":" : ":")
            : "Nothing found" + where + ". Try another spelling or fewer words.";
          if (where) {
            var more = document.createElement("button");
            more.type = "button";
            more.className = "search-more";
            more.textContent = "Search the other editions";
            more.addEventListener("click", function () { show(query, searched, hits.slice()); });
            status.appendChild(document.createTextNode(" "));
            status.appendChild(more);
          }
          hits.slice(0, ENOUGH).forEach(function (hit) {
            var passage = hit.passage;
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = root + encodeURIComponent(hit.edition) + "/reading.html?q=" + encodeURIComponent(query) +
              "#" + encodeURIComponent(hit.id);
            var edition = document.createElement("cite");
            edition.className = "hit-edition";
            edition.textContent = hit.title || hit.edition;
            a.appendChild(edition);
            if (passage.where) {
              var place = document.createElement("span");
              place.className = "where";
              place.textContent = passage.where;
              a.appendChild(document.createTextNode(" "));
              a.appendChild(place);
            }
            a.appendChild(document.createElement("br"));
            a.appendChild(snippet(passage.text, terms));
            li.appendChild(a);
            results.appendChild(li);
          });
        });
      });
    }

    toggle.addEventListener("click", function () {
      form.hidden = !form.hidden;
      toggle.setAttribute("aria-expanded", String(!form.hidden));
      if (!form.hidden) input.focus();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (input.value.trim()) show(input.value.trim());
    });
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc") {
        form.hidden = true;
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });

    /* a page opened from a hit: mark the words found in its text */
    var query = new URLSearchParams(location.search).get("q");
    var text = document.querySelector(".text");
    if (query && text) {
      loadScript(root + "assets/lunr.js", function (ok) {
        if (!ok) return;
        var marked = markTerms(text, lunrTerms(query));
        input.value = query;
        text.setAttribute("data-search-hits", String(marked));
        var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (target) target.scrollIntoView({ block: "start" });
      });
    }
  }

  /* ------------------------------------------------------------ the timeline */

  /** A month picked in the timeline (its link, or a #month-… address): all its dates marked. */
  function setupTimeline() {
    var months = document.querySelectorAll(".timeline a.month");
    if (!months.length) return;
    function pick() {
      var match = /^#month-(\d{4}-\d{2})$/.exec(location.hash);
      var month = match ? match[1] : null;
      Array.prototype.forEach.call(document.querySelectorAll("li.event[data-month]"), function (li) {
        li.classList.toggle("picked", li.getAttribute("data-month") === month);
      });
      Array.prototype.forEach.call(months, function (a) {
        if (a.getAttribute("href") === "#month-" + month) a.setAttribute("aria-current", "true");
        else a.removeAttribute("aria-current");
      });
    }
    window.addEventListener("hashchange", pick);
    pick();
  }

  /* ------------------------------------------------------------ the reader's passage */

  /** The block (with a ¶ link to the other text) at the top of the window, or null: the first
      one that reaches a few lines below the sticky header (a block scrolled to shows the end of
      its predecessor above it, by its scroll margin). */
  function passageAtTop() {
    var blocks = document.querySelectorAll(".text [id] > a.counterpart");
    var header = document.querySelector(".site-header");
    var covered = header && getComputedStyle(header).position === "sticky" ? header.getBoundingClientRect().bottom : 0;
    var line = Math.max(covered, 0) + Math.min(48, window.innerHeight / 5);
    for (var i = 0; i < blocks.length; i += 1) {
      var block = blocks[i].parentElement;
      if (!block.getClientRects().length) continue;
      if (block.getBoundingClientRect().bottom > line) return block;
    }
    return null;
  }

  function setupPassage() {
    var switches = document.querySelectorAll(".views a[href='reading.html'], .views a[href='diplomatic.html']");
    var citeLinks = document.querySelectorAll("a.cite-url");
    if (!document.querySelector(".text [id] > a.counterpart")) return;
    var page = location.pathname.split("/").pop() || "";

    var beside = setupSideBySide();

    function update() {
      var block = passageAtTop();
      var fragment = block ? "#" + encodeURIComponent(block.id) : "";
      if (beside) beside(fragment);
      Array.prototype.forEach.call(switches, function (a) {
        if (a.getAttribute("aria-current") === "page") return;
        a.setAttribute("href", a.getAttribute("href").split("#")[0] + fragment);
      });
      Array.prototype.forEach.call(citeLinks, function (a) {
        if (!block) return;
        var url = location.href.split("#")[0] + fragment;
        a.setAttribute("href", page + fragment);
        var code = a.querySelector("code") || a;
        code.textContent = url;
      });
    }

    var queued = false;
    window.addEventListener("scroll", function () {
      if (queued) return;
      queued = true;
      window.requestAnimationFrame(function () { queued = false; update(); });
    }, { passive: true });
    window.addEventListener("hashchange", update);
    /* the switch is read at the moment it is followed, whatever the scroll events did */
    Array.prototype.forEach.call(switches, function (a) {
      a.addEventListener("click", update);
    });
    update();
  }

  /* ------------------------------------------------------------ side by side */

  /** On the reading text of a wide screen: a "Side by side" button that shows the diplomatic text
      in a panel beside it, kept at the reader's passage. Returns the function that moves the
      panel to a passage ("#id"), or null where there is no such button. */
  function setupSideBySide() {
    var list = document.querySelector("body.view-reading .views ul");
    if (!list) return null;
    var item = document.createElement("li");
    item.className = "side-by-side-toggle";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Side by side";
    button.setAttribute("aria-pressed", "false");
    item.appendChild(button);
    list.appendChild(item);

    var panel = null;
    var frame = null;
    var shown = "";

    function place() {
      var header = document.querySelector(".site-header");
      if (panel && header) panel.style.top = Math.max(0, header.getBoundingClientRect().bottom) + "px";
    }

    function follow(fragment) {
      if (!frame || fragment === shown) return;
      shown = fragment;
      /* only the fragment changes: the panel scrolls, it does not reload */
      frame.src = "diplomatic.html?embedded" + fragment;
    }

    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(on));
      document.body.classList.toggle("side-by-side", on);
      if (on && !panel) {
        panel = document.createElement("aside");
        panel.className = "side-panel";
        panel.setAttribute("aria-label", "The diplomatic text, beside the reading text");
        frame = document.createElement("iframe");
        frame.title = "The diplomatic text at the passage you are reading";
        panel.appendChild(frame);
        document.body.appendChild(panel);
        place();
        var block = passageAtTop();
        follow(block ? "#" + encodeURIComponent(block.id) : "");
      }
      if (panel) panel.hidden = !on;
    });
    window.addEventListener("resize", place);
    return function (fragment) {
      if (button.getAttribute("aria-pressed") === "true") follow(fragment);
    };
  }

  /** A text view shown inside the side-by-side panel: the text alone. */
  function setupEmbedded() {
    if (new URLSearchParams(location.search).has("embedded")) document.documentElement.classList.add("embedded");
  }

  /* ------------------------------------------------------------ CSS popups, printing */

  function setupDataTips() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-tip][title]"), function (el) {
      el.setAttribute("aria-description", el.getAttribute("title"));
      el.removeAttribute("title");
    });
  }

  function setupPrint() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      Array.prototype.forEach.call(document.querySelectorAll("details:not([open])"), function (d) {
        d.open = true;
        opened.push(d);
      });
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (d) { d.open = false; });
      opened = [];
    });
  }

  /* ------------------------------------------------------------ sortable tables (landing page) */

  /** Each column heading of a table.sortable becomes a button that sorts the rows by that column
      (by its cells' data-sort where they have one, else their text), ascending then descending. */
  function setupSortableTables() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      var body = table.tBodies[0];
      if (!body) return;
      Array.prototype.forEach.call(table.querySelectorAll("thead th"), function (th, column) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = th.textContent;
        th.textContent = "";
        th.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          Array.prototype.forEach.call(table.querySelectorAll("thead th"), function (other) {
            other.removeAttribute("aria-sort");
          });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var rows = Array.prototype.slice.call(body.rows);
          var key = function (row) {
            var cell = row.cells[column];
            return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : fold(cell.textContent);
          };
          rows.sort(function (a, b) {
            var order = key(a).localeCompare(key(b));
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  }

  setupEmbedded(); /* at once, before the page is painted with its header */

  ready(function () {
    setupSortableTables();
    setupFilter();
    setupTooltips();
    setupNotes();
    setupHighlights();
    setupEntityPreview();
    setupSearch();
    setupTimeline();
    setupPassage();
    setupDataTips();
    setupPrint();
  });
})();
