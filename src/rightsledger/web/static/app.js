// rightsledger web UI: the few interactions the pages need. No external code.
"use strict";
(function () {
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function text(el, value) { el.textContent = value == null ? "" : String(value); return el; }

  // A stable span link "/docs/DOC#START-END" opens the reader with that span marked.
  function spanLink() {
    var span = /^#(\d+)-(\d+)$/.exec(window.location.hash);
    if (span && document.querySelector("article.doc")) {
      window.location.replace(window.location.pathname + "?hl=" + span[1] + "-" + span[2] + "#target");
      return true;
    }
    return false;
  }
  spanLink();

  // Highlight toggles: body.hide-KIND turns a kind off.
  $all("input.toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });

  // Marks open their record in the side panel (built with textContent: never HTML).
  var recordsEl = $("#records");
  var records = recordsEl ? JSON.parse(recordsEl.textContent) : {};
  var panel = $("#record-panel");
  function openRecord(key) {
    var rec = records[key];
    if (!rec || !panel) return;
    var body = $("#record-body");
    body.innerHTML = "";
    var h = document.createElement("h3");
    text(h, rec.title);
    body.appendChild(h);
    var kind = document.createElement("p");
    kind.className = "muted";
    text(kind, (rec.kind || rec.rkind || "") + " · " + rec.id);
    body.appendChild(kind);
    var dl = document.createElement("dl");
    Object.keys(rec.fields || {}).forEach(function (k) {
      var v = rec.fields[k];
      if (v === null || v === undefined || v === "") return;
      dl.appendChild(text(document.createElement("dt"), k));
      dl.appendChild(text(document.createElement("dd"), v));
    });
    body.appendChild(dl);
    if (rec.link) {
      var a = document.createElement("a");
      a.href = rec.link;
      a.className = "open-entity";
      text(a, "Open " + rec.kind + " page →");
      body.appendChild(a);
    }
    if (window.rlReview) window.rlReview.decorate(body, rec, key, openRecord);
    panel.hidden = false;
    panel.dataset.open = key;
  }
  document.addEventListener("click", function (ev) {
    var opener = ev.target.closest && ev.target.closest(".rv-open");
    if (opener) { openRecord(opener.dataset.rec); return; }
    var mark = ev.target.closest && ev.target.closest("mark.hl");
    if (mark && !document.body.classList.contains("hide-" + mark.className.replace(/.*hl-(\w+).*/, "$1"))) {
      openRecord(mark.dataset.rec);
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.matches && ev.target.matches("mark.hl")) openRecord(ev.target.dataset.rec);
    if (ev.key === "Escape" && panel) panel.hidden = true;
  });
  if (panel) $(".close", panel).addEventListener("click", function () { panel.hidden = true; });

  // Copy citation: the clipboard when allowed, else a selected textarea. Delegated, so
  // that buttons in pieces loaded later work too.
  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest && ev.target.closest("button.cite");
    if (!btn) return;
    var value = btn.dataset.citation;
    function done() {
      btn.classList.add("copied");
      text(btn, "copied");
      document.body.dataset.lastCitation = value;
      setTimeout(function () { btn.classList.remove("copied"); text(btn, "copy citation"); }, 1500);
    }
    function fallback() {
      var ta = document.createElement("textarea");
      ta.value = value;
      document.body.appendChild(ta);
      ta.select();
      try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
      ta.remove();
      done();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(value).then(done, fallback);
    } else { fallback(); }
  });

  // Long reports: the page holds the first piece of the text; the others (div.piece.pending)
  // are fetched as they come near the screen, or when a link jumps into them.
  var article = $("article.doc[data-pieces]");
  var loading = {};
  function pieceAt(offset) {
    var found = null;
    $all("article.doc .piece").forEach(function (p) {
      if (+p.dataset.start <= offset && offset < +p.dataset.end) found = p;
    });
    return found;
  }
  function loadPiece(el) {
    if (!el || !el.classList.contains("pending")) return Promise.resolve(el);
    var i = el.dataset.i;
    if (!loading[i]) {
      loading[i] = fetch(article.dataset.pieces + i, {headers: {"Accept": "text/html"}})
        .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.text(); })
        .then(function (html) {
          var tpl = document.createElement("template");
          tpl.innerHTML = html;
          var piece = tpl.content.querySelector(".piece");
          var data = piece.querySelector("script.records");
          if (data) {
            var more = JSON.parse(data.textContent);
            Object.keys(more).forEach(function (k) { records[k] = more[k]; });
            data.remove();
          }
          piece.id = el.id;
          piece.classList.add("loaded");
          el.replaceWith(piece);
          return piece;
        })
        .catch(function (e) { delete loading[i]; el.removeAttribute("aria-busy"); throw e; });
    }
    return loading[i];
  }
  function jumpTo(id, offset) {
    var el = document.getElementById(id);
    if (el) { el.scrollIntoView(); return Promise.resolve(el); }
    return loadPiece(pieceAt(offset)).then(function () {
      var found = document.getElementById(id);
      if (found) found.scrollIntoView();
      return found;
    });
  }
  if (article) {
    if ("IntersectionObserver" in window) {
      var io = new IntersectionObserver(function (entries) {
        entries.forEach(function (en) {
          if (en.isIntersecting) { io.unobserve(en.target); loadPiece(en.target); }
        });
      }, {rootMargin: "1200px 0px"});
      $all(".piece.pending", article).forEach(function (p) { io.observe(p); });
    } else {
      $all(".piece.pending", article).forEach(function (p) { loadPiece(p); });
    }
    // outline links into pieces not loaded yet
    $all(".outline a[data-start]").forEach(function (a) {
      a.addEventListener("click", function (ev) {
        var id = a.getAttribute("href").slice(1);
        if (document.getElementById(id)) return;
        ev.preventDefault();
        jumpTo(id, +a.dataset.start).then(function () { history.pushState(null, "", "#" + id); });
      });
    });
    // an anchor in the address (#p-OFFSET, #s-SECTION) whose piece is not loaded yet
    var followHash = function () {
      var hash = decodeURIComponent(window.location.hash.slice(1));
      if (!hash || document.getElementById(hash)) return;
      var m = /^p-(\d+)$/.exec(hash), offset = null;
      if (m) offset = +m[1];
      else {
        var link = $all(".outline a[data-start]").filter(function (a) { return a.getAttribute("href") === "#" + hash; })[0];
        if (link) offset = +link.dataset.start;
      }
      if (offset !== null) jumpTo(hash, offset);
    };
    followHash();
    window.addEventListener("hashchange", function () { if (!spanLink()) followHash(); });
    window.rightsledgerJump = jumpTo;
    // a section's events beyond the first few, fetched into its panel
    document.addEventListener("click", function (ev) {
      var more = ev.target.closest && ev.target.closest("a.more-events");
      if (!more) return;
      ev.preventDefault();
      fetch(more.href).then(function (r) { return r.text(); }).then(function (html) {
        var tpl = document.createElement("template");
        tpl.innerHTML = html;
        var list = more.parentNode.querySelector("ol.events");
        list.replaceWith(tpl.content.querySelector("ol.events"));
        more.remove();
      });
    });
  }

  // Sortable tables and a row filter (figures page).
  $all("table.sortable").forEach(function (table) {
    $all("th", table).forEach(function (th, col) {
      th.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        $all("th", table).forEach(function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var numeric = th.dataset.type === "num";
        var rows = $all("tbody tr", table);
        rows.sort(function (a, b) {
          var x = a.children[col], y = b.children[col];
          var vx = numeric ? parseFloat(x.dataset.value) : x.textContent.trim().toLowerCase();
          var vy = numeric ? parseFloat(y.dataset.value) : y.textContent.trim().toLowerCase();
          return (vx < vy ? -1 : vx > vy ? 1 : 0) * (asc ? 1 : -1);
        });
        var tbody = $("tbody", table);
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
  });
  var filter = $("#figure-filter");
  if (filter) {
    filter.addEventListener("input", function () {
      var q = filter.value.toLowerCase();
      $all("#figures-table tbody tr").forEach(function (r) {
        r.hidden = q && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }

  // Upload with a progress bar; errors shown in the page.
  var form = $("#upload-form");
  if (form && window.XMLHttpRequest && window.FormData) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var bar = $("#upload-progress"), status = $("#upload-status");
      var old = $("#upload-error");
      if (old) old.remove();
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.setRequestHeader("Accept", "application/json");
      var csrf = document.querySelector('meta[name="csrf-token"]');
      if (csrf) xhr.setRequestHeader("X-CSRF-Token", csrf.getAttribute("content"));
      bar.hidden = false; bar.value = 0;
      text(status, "uploading…");
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total);
        if (e.loaded === e.total) { bar.removeAttribute("value"); text(status, "reading and extracting…"); }
      };
      xhr.onload = function () {
        var data = {};
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = {}; }
        bar.hidden = true;
        if (xhr.status < 300 && data.url) { text(status, "done"); window.location = data.url; return; }
        text(status, "");
        var p = document.createElement("p");
        p.className = "error"; p.id = "upload-error"; p.setAttribute("role", "alert");
        text(p, (data.error && data.error.message) || ("upload failed (" + xhr.status + ")"));
        form.parentNode.appendChild(p);
      };
      xhr.onerror = function () { bar.hidden = true; text(status, "upload failed: no connection"); };
      xhr.send(new FormData(form));
    });
  }
})();
