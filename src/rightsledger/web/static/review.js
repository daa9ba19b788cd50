// rightsledger web UI: review and correction (reader panel, record page, review queue).
// Every write goes through the REST API (/api/records/...) with the session cookie and the
// page's CSRF token; text from the database is only ever set with textContent.
"use strict";
(function () {
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function el(tag, attrs, content) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "className") e.className = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    if (content !== undefined && content !== null) e.textContent = String(content);
    return e;
  }
  var meta = $('meta[name="csrf-token"]');
  var CSRF = meta ? meta.getAttribute("content") : "";
  var canEdit = document.body.classList.contains("can-edit");
  var vocabEl = $("#vocab");
  var VOCAB = vocabEl ? JSON.parse(vocabEl.textContent) : { choices: {}, fields: {}, reject: [] };
  var STATUSES = ["machine", "confirmed", "corrected", "rejected", "added"];
  var NUMERIC = { value: 1, value_end: 1 };

  function api(method, path, body) {
    return fetch(path, {
      method: method, credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": CSRF },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (d) { return { ok: r.ok, status: r.status, data: d }; });
    }, function () { return { ok: false, status: 0, data: {} }; });
  }
  function errorText(res) {
    if (res.status === 409) {
      return "This record changed since you opened it: someone saved a change in the meantime. " +
             "Nothing was overwritten. Reload the page to see the current value, then apply your change again.";
    }
    if (res.status === 0) return "No connection to the server: nothing was saved.";
    var e = res.data && res.data.error;
    return (e && e.message) || ("The change was refused (" + res.status + ").");
  }
  // doc: an entity reviewed in one report is read and answered as that report gives it
  // (its own name and aliases); the correction itself applies to every report linked to it
  function recordPath(address, action, doc) {
    return "/api/records/" + encodeURIComponent(address) + (action ? "/" + action : "") +
      (doc ? "?doc=" + encodeURIComponent(doc) : "");
  }
  function choicesFor(kind, field) {
    if (field === "type") return VOCAB.choices[kind === "entity" ? "entity.type" : "event.type"];
    return VOCAB.choices[field] || null;
  }
  function show(v) { return v === null || v === undefined ? "" : String(v); }

  // The fields of one kind of record as inputs; returns {node, changes()}.
  function fieldInputs(kind, values) {
    var box = el("div", { className: "rv-fields" });
    var inputs = {};
    (VOCAB.fields[kind] || []).forEach(function (f) {
      var label = el("label", { className: "rv-field" });
      label.appendChild(el("span", {}, f.replace("_", " ")));
      var choices = choicesFor(kind, f), input;
      if (choices) {
        input = el("select", { name: f });
        if (values[f] === null || values[f] === undefined) input.appendChild(el("option", { value: "" }, "—"));
        choices.forEach(function (c) {
          var o = el("option", { value: c }, c.replace(/_/g, " "));
          if (c === values[f]) o.selected = true;
          input.appendChild(o);
        });
      } else {
        input = el("input", { name: f, type: "text", value: show(values[f]) });
        if (NUMERIC[f]) input.setAttribute("inputmode", "decimal");
      }
      inputs[f] = input;
      label.appendChild(input);
      box.appendChild(label);
    });
    function changes() {
      var out = {};
      Object.keys(inputs).forEach(function (f) {
        var v = inputs[f].value.trim();
        if (v === show(values[f])) return;
        if (v === "") { out[f] = null; return; }
        out[f] = NUMERIC[f] && !isNaN(Number(v)) ? Number(v) : v;
      });
      return out;
    }
    return { node: box, changes: changes, inputs: inputs };
  }

  // After a successful write: the page's copy of the record follows the server's answer.
  function applyResult(rec, data) {
    rec.review = rec.review || {};
    rec.review.status = data.review.status; rec.review.by = data.review.by; rec.review.at = data.review.at;
    rec.review.version = data.version;
    var r = data.record || {};
    Object.keys(rec.values || {}).forEach(function (k) {
      if (k in r) rec.values[k] = r[k];
      else if (r.attributes && k in r.attributes) rec.values[k] = r.attributes[k];
    });
    var v = rec.values || {};
    if (rec.rkind === "event") {
      rec.title = String(v.type).replace(/_/g, " ");
      if (rec.fields) {
        rec.fields.date = v.date + (v.date_end ? " … " + v.date_end : "");
        ["precision", "polarity", "source", "place"].forEach(function (k) { rec.fields[k] = v[k]; });
      }
    } else if (rec.rkind === "figure") {
      rec.title = v.value + (v.unit ? " " + v.unit : "");
      if (rec.fields) ["what", "qualifier", "source"].forEach(function (k) { rec.fields[k] = v[k]; });
    } else if (rec.rkind === "provision") {
      rec.title = String(v.norm).replace(/_/g, " ");
      if (rec.fields) rec.fields.subject = v.subject;
    } else if (rec.rkind === "entity") {
      rec.title = v.name;
      if (rec.fields) rec.fields.kind = v.kind;
    }
  }
  function paintStatus(key, status, title) {
    $all('[data-rec="' + (window.CSS && CSS.escape ? CSS.escape(key) : key) + '"]').forEach(function (node) {
      STATUSES.forEach(function (s) { node.classList.remove("rv-" + s); node.classList.remove("st-" + s); });
      if (node.tagName === "MARK") {
        if (status !== "machine") { node.classList.add("rv"); node.classList.add("rv-" + status); node.title = status; }
      } else if (node.classList.contains("ev-item")) {
        node.classList.add("st-" + status);
        var rec = title !== undefined && node.querySelector(".etype");
        if (rec) rec.textContent = title;
      }
    });
  }

  // The reader's (and record page's) panel: status, history link, and for editors the form.
  function decorate(body, rec, key, reopen) {
    if (!rec.review) return;
    var status = rec.review.status || "machine";
    var line = el("p", { className: "rv-line" });
    line.appendChild(el("span", { className: "badge st-" + status, id: "rv-status" }, status));
    if (rec.review.by) line.appendChild(el("span", { className: "muted" }, " by " + rec.review.by + " at " + rec.review.at));
    line.appendChild(document.createTextNode(" · "));
    // an entity read in a report: its record page (and the history's report forms) as that report gives it
    var hist = el("a", { href: "/records/" + encodeURIComponent(rec.review.address).replace(/%3A/g, ":")
      + (rec.review.doc ? "?doc=" + encodeURIComponent(rec.review.doc) : ""), className: "rv-history" }, "history");
    line.appendChild(hist);
    body.appendChild(line);
    if (rec.evidence) body.appendChild(el("blockquote", { className: "rv-evidence small" }, rec.evidence));
    if (!canEdit) return;
    var form = el("form", { className: "rv-form", autocomplete: "off" });
    var fields = fieldInputs(rec.rkind, rec.values || {});
    form.appendChild(fields.node);
    var rl = el("label", { className: "rv-field rv-reason-label" });
    rl.appendChild(el("span", {}, "reason (required)"));
    var reason = el("input", { name: "reason", type: "text", className: "rv-reason", maxlength: "2000", placeholder: "why: e.g. a sentence, not an arrest" });
    rl.appendChild(reason);
    form.appendChild(rl);
    var buttons = el("p", { className: "rv-buttons" });
    var save = el("button", { type: "submit", className: "rv-save" }, "Save correction");
    var confirmB = el("button", { type: "button", className: "rv-confirm secondary" }, "Confirm as read");
    var rejectB = el("button", { type: "button", className: "rv-reject danger" }, "Reject");
    buttons.appendChild(save); buttons.appendChild(confirmB);
    if (rec.rkind !== "entity") buttons.appendChild(rejectB);
    form.appendChild(buttons);
    var msg = el("p", { className: "rv-msg", role: "alert" });
    form.appendChild(msg);
    body.appendChild(form);
    function say(text, bad) { msg.textContent = text; msg.className = "rv-msg " + (bad ? "error" : "ok"); }
    function done(res, what) {
      if (!res.ok) {
        say(errorText(res), true);
        if (res.status === 409) {
          msg.classList.add("conflict");
          var reload = el("button", { type: "button", className: "rv-reload secondary" }, "Show the current version");
          reload.addEventListener("click", function () {
            api("GET", recordPath(rec.review.address, "", rec.review.doc)).then(function (cur) {
              if (!cur.ok) { say(errorText(cur), true); return; }
              applyResult(rec, cur.data);
              paintStatus(key, rec.review.status, rec.rkind === "event" ? rec.title : undefined);
              reopen(key);
            });
          });
          msg.appendChild(document.createTextNode(" "));
          msg.appendChild(reload);
        }
        return;
      }
      applyResult(rec, res.data);
      paintStatus(key, rec.review.status, rec.rkind === "event" ? rec.title : undefined);
      reopen(key);
      var m = $(".rv-msg", body);
      if (m) { m.textContent = what + ": now " + rec.review.status + " (version " + rec.review.version + ")"; m.className = "rv-msg ok"; }
    }
    function send(action, payload, what) {
      save.disabled = confirmB.disabled = rejectB.disabled = true;
      api("POST", recordPath(rec.review.address, action, rec.review.doc), payload).then(function (res) {
        save.disabled = confirmB.disabled = rejectB.disabled = false;
        done(res, what);
      });
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var changes = fields.changes();
      if (!Object.keys(changes).length) { say("Change a field first (or confirm the record as read).", true); return; }
      if (!reason.value.trim()) { say("Give a reason for the correction.", true); reason.focus(); return; }
      send("correct", { changes: changes, reason: reason.value.trim(), version: rec.review.version }, "Saved");
    });
    confirmB.addEventListener("click", function () {
      send("confirm", { reason: reason.value.trim() || "confirmed as extracted", version: rec.review.version }, "Confirmed");
    });
    rejectB.addEventListener("click", function () {
      if (!reason.value.trim()) { say("Give a reason for rejecting it.", true); reason.focus(); return; }
      send("reject", { reason: reason.value.trim(), version: rec.review.version }, "Rejected");
    });
  }

  // Adding a record the machine missed: select its text in the reader.
  function addForm(body, span) {
    body.appendChild(el("h3", {}, "Add a record"));
    body.appendChild(el("blockquote", { className: "rv-evidence small" }, span.text));
    body.appendChild(el("p", { className: "muted small" }, span.doc + " · characters " + span.start + "–" + span.end));
    var form = el("form", { className: "rv-form rv-add", autocomplete: "off" });
    var kl = el("label", { className: "rv-field" });
    kl.appendChild(el("span", {}, "kind"));
    var kind = el("select", { name: "kind" });
    ["event", "figure", "provision"].forEach(function (k) { kind.appendChild(el("option", { value: k }, k)); });
    kl.appendChild(kind);
    form.appendChild(kl);
    var holder = el("div");
    form.appendChild(holder);
    var fields;
    function build() {
      holder.textContent = "";
      var empty = {};
      if (kind.value === "event") empty = { type: "other", date: "", precision: null, polarity: "asserted" };
      if (kind.value === "figure") empty = { qualifier: "exact" };
      fields = fieldInputs(kind.value, empty);
      holder.appendChild(fields.node);
    }
    build();
    kind.addEventListener("change", build);
    var rl = el("label", { className: "rv-field" });
    rl.appendChild(el("span", {}, "reason (required)"));
    var reason = el("input", { name: "reason", type: "text", className: "rv-reason", maxlength: "2000" });
    rl.appendChild(reason);
    form.appendChild(rl);
    form.appendChild(el("button", { type: "submit", className: "rv-save" }, "Add"));
    var msg = el("p", { className: "rv-msg", role: "alert" });
    form.appendChild(msg);
    body.appendChild(form);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var ch = fields.changes();
      Object.keys(ch).forEach(function (k) { if (ch[k] === null) delete ch[k]; });
      if (kind.value === "event" && !("type" in ch)) ch.type = "other";
      if (!reason.value.trim()) { msg.textContent = "Give a reason."; msg.className = "rv-msg error"; return; }
      api("POST", "/api/records", { kind: kind.value, doc: span.doc, start: span.start, end: span.end,
                                    fields: ch, reason: reason.value.trim() }).then(function (res) {
        if (!res.ok) { msg.textContent = errorText(res); msg.className = "rv-msg error"; return; }
        msg.textContent = "Added " + res.data.record.id + " ";
        msg.className = "rv-msg ok";
        msg.appendChild(el("a", { href: "/records/" + res.data.record.id, className: "rv-added" }, "see it"));
      });
    });
  }

  var addButton = $("#add-span");
  var article = $("article.doc");
  var pending = null;
  if (addButton && article && canEdit) {
    document.addEventListener("mouseup", function (ev) {
      if (ev.target === addButton) return;
      setTimeout(function () {
        var sel = window.getSelection();
        pending = null;
        addButton.hidden = true;
        if (!sel || sel.isCollapsed || !sel.rangeCount) return;
        var range = sel.getRangeAt(0);
        var p0 = range.startContainer.parentElement && range.startContainer.parentElement.closest("p[data-start]");
        var node1 = range.endContainer.nodeType === 1 ? range.endContainer : range.endContainer.parentElement;
        var p1 = node1 && node1.closest("p[data-start]");
        if (!p0 || p0 !== p1 || !article.contains(p0)) return;
        var pre = document.createRange();
        pre.setStart(p0, 0);
        pre.setEnd(range.startContainer, range.startOffset);
        var text = range.toString();
        var lead = text.length - text.replace(/^\s+/, "").length;
        var trimmed = text.trim();
        if (!trimmed) return;
        var start = Number(p0.dataset.start) + pre.toString().length + lead;
        pending = { doc: article.dataset.doc, start: start, end: start + trimmed.length, text: trimmed };
        var rect = range.getBoundingClientRect();
        addButton.style.top = Math.max(0, rect.bottom + 6) + "px";
        addButton.style.left = Math.max(0, rect.left) + "px";
        addButton.hidden = false;
      }, 0);
    });
    addButton.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
    addButton.addEventListener("click", function () {
      if (!pending) return;
      var panel = $("#record-panel"), body = $("#record-body");
      body.textContent = "";
      addForm(body, pending);
      panel.hidden = false;
      panel.dataset.open = "add";
      addButton.hidden = true;
    });
  }

  // The review queue: one record at a time, from the keyboard.
  var queue = $("#queue");
  var items = queue ? $all("li.q-item", queue) : [];
  var current = -1, reviewed = 0, firstAt = null;
  function focusItem(i) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, i));
    items.forEach(function (it) { it.classList.remove("current"); });
    var it = items[current];
    it.classList.add("current");
    it.focus({ preventScroll: true });
    it.scrollIntoView({ block: "nearest" });
    document.body.dataset.current = it.dataset.address;
  }
  function nextOpen() {
    for (var i = current + 1; i < items.length; i++) if (!items[i].classList.contains("done")) return focusItem(i);
    focusItem(current + 1);
  }
  function qsay(it, text, bad) {
    var m = $(".q-msg", it);
    m.textContent = text; m.className = "q-msg " + (bad ? "error" : "ok");
    if (bad && text.indexOf("changed since you opened it") >= 0) m.classList.add("conflict");
  }
  function markDone(it, data) {
    var status = data.review.status;
    it.dataset.version = data.version;
    STATUSES.forEach(function (s) { it.classList.remove("st-" + s); });
    it.classList.add("st-" + status);
    it.classList.add("done");
    var badge = $(".q-status", it);
    badge.textContent = status; badge.className = "badge st-" + status + " q-status";
    var r = data.record || {};
    $all("dd[data-field]", it).forEach(function (dd) {
      var f = dd.dataset.field;
      if (f in r && typeof r[f] !== "object") dd.textContent = show(r[f]);
    });
    if (r.type || r.norm) $(".q-type", it).textContent = String(r.type || r.norm).replace(/_/g, " ");
    var values = JSON.parse(it.dataset.values || "{}");
    Object.keys(values).forEach(function (k) { if (k in r) values[k] = r[k]; });
    it.dataset.values = JSON.stringify(values);
    $(".q-edit", it).textContent = "";
    reviewed += 1;
    var now = Date.now();
    if (firstAt === null) firstAt = now;
    var minutes = (now - firstAt) / 60000;
    var speed = $("#queue-speed");
    document.body.dataset.reviewed = String(reviewed);
    if (speed) speed.textContent = reviewed + " reviewed" + (minutes > 0 ? " · " + Math.round((reviewed - 1) / minutes) + " a minute" : "");
  }
  function qsend(it, action, payload, then) {
    payload.version = Number(it.dataset.version || 0);
    it.classList.add("busy");
    api("POST", recordPath(it.dataset.address, action, it.dataset.doc), payload).then(function (res) {
      it.classList.remove("busy");
      if (!res.ok) { qsay(it, errorText(res), true); return; }
      qsay(it, action === "correct" ? "corrected" : action === "reject" ? "rejected" : "confirmed", false);
      markDone(it, res.data);
      if (then) then();
      nextOpen();
    });
  }
  function qreject(it) {
    var box = $(".q-edit", it);
    box.textContent = "";
    var list = el("ol", { className: "q-reasons" });
    (VOCAB.reject || []).forEach(function (r) { list.appendChild(el("li", {}, r)); });
    box.appendChild(list);
    var input = el("input", { type: "text", className: "q-reason", placeholder: "1–" + (VOCAB.reject || []).length + " for a reason above, or type one and press Enter (Esc: cancel)" });
    box.appendChild(input);
    input.focus();
    input.addEventListener("keydown", function (ev) {
      ev.stopPropagation();
      var n = Number(ev.key);
      if (!input.value && n >= 1 && n <= (VOCAB.reject || []).length) {
        ev.preventDefault();
        qsend(it, "reject", { reason: VOCAB.reject[n - 1] });
      } else if (ev.key === "Enter") {
        ev.preventDefault();
        if (!input.value.trim()) { qsay(it, "Give a reason for rejecting it.", true); return; }
        qsend(it, "reject", { reason: input.value.trim() });
      } else if (ev.key === "Escape") { box.textContent = ""; focusItem(current); }
    });
  }
  function qedit(it) {
    var box = $(".q-edit", it);
    box.textContent = "";
    var values = JSON.parse(it.dataset.values || "{}");
    var form = el("form", { className: "rv-form q-form", autocomplete: "off" });
    var fields = fieldInputs(it.dataset.kind, values);
    form.appendChild(fields.node);
    var reason = el("input", { type: "text", name: "reason", className: "rv-reason", placeholder: "reason (required)", maxlength: "2000" });
    form.appendChild(reason);
    form.appendChild(el("button", { type: "submit" }, "Save (Enter)"));
    box.appendChild(form);
    var first = $("select, input", fields.node);
    if (first) first.focus();
    form.addEventListener("keydown", function (ev) {
      ev.stopPropagation();
      if (ev.key === "Escape") { box.textContent = ""; focusItem(current); }
    });
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var changes = fields.changes();
      if (!Object.keys(changes).length) { qsay(it, "Change a field first.", true); return; }
      if (!reason.value.trim()) { qsay(it, "Give a reason for the correction.", true); reason.focus(); return; }
      qsend(it, "correct", { changes: changes, reason: reason.value.trim() });
    });
  }
  if (items.length) {
    if (canEdit) {
      items.forEach(function (it, i) {
        var bar = el("p", { className: "q-buttons" });
        [["a", "confirm", "Confirm"], ["r", "reject", "Reject"], ["e", "edit", "Edit"]].forEach(function (b) {
          var btn = el("button", { type: "button", className: "qb-" + b[1] + " secondary", title: "key: " + b[0] }, b[2]);
          btn.addEventListener("click", function () { focusItem(i); run(b[0]); });
          bar.appendChild(btn);
        });
        it.insertBefore(bar, $(".q-edit", it));
      });
    }
    items.forEach(function (it, i) { it.addEventListener("click", function (ev) { if (!ev.target.closest("button, a, input, select, form")) focusItem(i); }); });
    focusItem(0);
    var run = function (key) {
      var it = items[current];
      if (!it) return false;
      if (key === "j" || key === "n" || key === "ArrowDown") { focusItem(current + 1); return true; }
      if (key === "k" || key === "p" || key === "ArrowUp") { focusItem(current - 1); return true; }
      if (key === "o") { window.location = $("a.q-link", it).href; return true; }
      if (!canEdit) return false;
      if (key === "a") { qsend(it, "confirm", { reason: "confirmed as extracted" }); return true; }
      if (key === "r") { qreject(it); return true; }
      if (key === "e") { qedit(it); return true; }
      return false;
    };
    document.addEventListener("keydown", function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      var t = ev.target;
      if (t && t.matches && t.matches("input, select, textarea")) return;
      if (run(ev.key)) ev.preventDefault();
    });
  }

  window.rlReview = { decorate: decorate };
})();
