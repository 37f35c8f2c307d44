/* khabar web UI: search, article, entity, map, timeline, network. No dependencies, no build step. */
"use strict";

const TYPES = ["PERSON", "ORG", "GPE", "LOC", "FAC", "WEAPON", "MISC"];
const COLORS = { PERSON: "#d9534f", ORG: "#2f7dd1", GPE: "#2e9d57", LOC: "#8a6d3b", FAC: "#8e44ad", WEAPON: "#444", MISC: "#b8860b" };
const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
  "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const EV_COLORS = ["#2f7dd1", "#2e9d57", "#d9534f", "#f08a24", "#8e44ad", "#17becf", "#8c564b", "#e377c2", "#7f7f7f",
  "#bcbd22", "#1f3b73", "#b8860b", "#5a9", "#c44", "#46a", "#a64"];
const MODALITIES = ["asserted", "reported", "alleged", "planned", "possible", "conditional", "historical"];
const $app = document.getElementById("app");
const $tip = document.getElementById("tip");

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
const AR_RE = /[\u0600-\u06FF]/;
function dirOf(s) { return AR_RE.test(s || "") ? "rtl" : "ltr"; }
/* Text in its own direction, isolated from the surrounding English UI. */
function bidi(s, cls = "") { return `<bdi dir="${dirOf(s)}" class="${cls}">${esc(s)}</bdi>`; }
/* Where an event's place or date came from when the sentence gave none (issue #6: "marked as such"). */
function provenance(src) {
  return src === "dateline" ? ' <span class="muted">(dateline)</span>'
    : src === "published" ? ' <span class="muted">(publication date)</span>' : "";
}

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
    else if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  }
  const r = await fetch(url);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.detail || `${r.status} ${r.statusText}`);
  return body;
}

function parseHash() {
  const h = location.hash.replace(/^#/, "") || "/";
  const [path, query] = h.split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { parts, params };
}
function go(parts, params) {
  const q = new URLSearchParams(Object.entries(params || {}).filter(([, v]) => v !== "" && v != null)).toString();
  location.hash = "#/" + parts.map(encodeURIComponent).join("/") + (q ? "?" + q : "");
}
function entityHref(key) { return "#/entity/" + encodeURIComponent(key); }

function showTip(ev, html) {
  $tip.innerHTML = html; $tip.hidden = false;
  $tip.style.left = Math.min(ev.clientX + 12, innerWidth - 330) + "px"; $tip.style.top = ev.clientY + 12 + "px";
}
function hideTip() { $tip.hidden = true; }
function bindTips(root) {
  root.querySelectorAll("[data-tip]").forEach((el) => {
    el.addEventListener("mousemove", (e) => showTip(e, el.getAttribute("data-tip")));
    el.addEventListener("mouseleave", hideTip);
  });
}

function setNav(name) {
  document.querySelectorAll("[data-nav]").forEach((a) => a.classList.toggle("active", a.dataset.nav === name));
}

/* ------------------------------------------------------------------------------------------ search */
const FILTER_KEYS = ["q", "entity", "event_type", "country", "date_from", "date_to", "polarity", "modality"];

function filterForm(p, extra = "") {
  const opt = (vals, cur, label) => `<option value="">${label}</option>` +
    vals.map((v) => `<option ${v === cur ? "selected" : ""}>${v}</option>`).join("");
  return `<form class="filters" id="filters">
    <input class="q" name="q" dir="auto" placeholder="Search articles (Arabic or English), e.g. اوكرانيا" value="${esc(p.q || "")}">
    <button type="submit">Search</button>
    <input name="entity" dir="auto" placeholder="Entity (name or QID)" value="${esc(p.entity || "")}">
    <select name="event_type">${opt(PLOVER, p.event_type, "Any event type")}</select>
    <input name="country" placeholder="Country (ISO, e.g. EG)" maxlength="2" value="${esc(p.country || "")}">
    <select name="polarity">${opt(["positive", "negative"], p.polarity, "Any polarity")}</select>
    <select name="modality">${opt(MODALITIES, p.modality, "Any modality")}</select>
    <input name="date_from" type="date" title="Published from" value="${esc(p.date_from || "")}">
    <input name="date_to" type="date" title="Published to" value="${esc(p.date_to || "")}">
    ${extra}
  </form>`;
}
function bindFilters(route) {
  document.getElementById("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    const fd = new FormData(e.target);
    const params = {};
    for (const [k, v] of fd.entries()) if (String(v).trim()) params[k] = String(v).trim();
    go(route, params);
  });
}
function filtersOf(p) { const o = {}; FILTER_KEYS.forEach((k) => { if (p[k]) o[k] = p[k]; }); return o; }

function highlight(text, spans) {
  let out = "", last = 0;
  for (const [s, e] of spans || []) { out += esc(text.slice(last, s)) + "<mark>" + esc(text.slice(s, e)) + "</mark>"; last = e; }
  return out + esc(text.slice(last));
}

async function viewSearch(p) {
  setNav("search");
  const limit = 20, offset = parseInt(p.offset || "0", 10) || 0;
  $app.innerHTML = filterForm(p) + `<div id="results" class="card"><p class="muted">Searching…</p></div>`;
  bindFilters([]);
  const box = document.getElementById("results");
  try {
    const r = await api("/api/search", { ...filtersOf(p), limit, offset });
    if (!r.total) { box.innerHTML = `<p class="muted">No article matches.</p>`; return; }
    box.innerHTML = `<div class="meta">${r.total} article${r.total === 1 ? "" : "s"}</div><ul class="hits">` +
      r.hits.map((h) => `<li class="hit" dir="${dirOf(h.title || h.snippet)}">
        <a class="title" href="#/doc/${encodeURIComponent(h.id)}"><bdi dir="${dirOf(h.title || h.snippet)}">${esc(h.title || h.id)}</bdi></a>
        <div class="meta" dir="ltr">${esc(h.published || "no date")} · ${esc(h.source || "")} · ${h.n_entities} entities · ${h.n_events} events</div>
        <div class="snippet" dir="${dirOf(h.snippet)}">${highlight(h.snippet, h.highlights)}</div></li>`).join("") +
      `</ul>` + pager(r.total, limit, offset);
    bindPager(box, [], p);
  } catch (err) { box.innerHTML = `<p class="error">${esc(err.message)}</p>`; }
}
function pager(total, limit, offset) {
  if (total <= limit) return "";
  return `<div class="pager"><button data-off="${Math.max(0, offset - limit)}" ${offset === 0 ? "disabled" : ""}>‹ Previous</button>
    <span class="muted">${offset + 1}–${Math.min(total, offset + limit)} of ${total}</span>
    <button data-off="${offset + limit}" ${offset + limit >= total ? "disabled" : ""}>Next ›</button></div>`;
}
function bindPager(root, route, p) {
  root.querySelectorAll(".pager button").forEach((b) => b.addEventListener("click", () => go(route, { ...p, offset: b.dataset.off })));
}

/* ----------------------------------------------------------------------------------------- article */
function renderAnnotated(doc, keys) {
  const text = doc.text;
  const anns = [];
  doc.entities.forEach((e) => e.mentions.forEach((m) => anns.push({ s: m.start, e: m.end, cls: "ent " + e.type, ent: e.id,
    tip: `<b>${esc(e.type)}</b> ${esc(e.name_en || e.name)}${e.kb && e.kb.wikidata ? " · " + esc(e.kb.wikidata) : ""}` })));
  doc.times.forEach((t) => anns.push({ s: t.start, e: t.end, cls: "time", tip: `<b>TIME</b> ${esc(t.value || "unresolved")}` }));
  doc.amounts.forEach((a) => anns.push({ s: a.start, e: a.end, cls: "amount", tip: `<b>AMOUNT</b> ${esc(a.value)} ${esc(a.unit || "")}` }));
  const ent = (id) => doc.entities.find((x) => x.id === id);
  doc.quotes.forEach((q) => { const sp = ent(q.speaker); anns.push({ s: q.start, e: q.end, cls: "quote",
    tip: `<b>QUOTE</b> ${sp ? "by " + esc(sp.name_en || sp.name) : "speaker unknown"}` }); });
  doc.events.forEach((v, i) => { const a = ent(v.actor), t = ent(v.target);
    anns.push({ s: v.evidence.start, e: v.evidence.end, cls: "ev", ev: i,
      tip: `<b>${esc(v.type)}</b> ${esc(a ? a.name_en || a.name : "?")} → ${esc(t ? t.name_en || t.name : "?")} · ${esc(v.polarity)}, ${esc(v.modality)}` });
    // every further telling of the same event: its sentence, and the words that tell it in bold
    (v.mentions || []).forEach((m, k) => {
      if (m.start !== v.evidence.start) anns.push({ s: m.start, e: m.end, cls: "ev", ev: i, tip: `<b>${esc(v.type)}</b> told again (${k + 1} of ${v.mentions.length})` });
      if (m.trigger) anns.push({ s: m.trigger.start, e: m.trigger.end, cls: "trig", tip: `<b>${esc(v.type)}</b> trigger` });
    }); });
  const cuts = new Set([0, text.length]);
  anns.forEach((a) => { cuts.add(a.s); cuts.add(a.e); });
  const pts = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < pts.length; i++) {
    const s = pts[i], e = pts[i + 1];
    const cover = anns.filter((a) => a.s <= s && a.e >= e && a.e > a.s);
    const seg = esc(text.slice(s, e));
    if (!cover.length) { html += seg; continue; }
    const cls = [...new Set(cover.flatMap((a) => a.cls.split(" ")))].join(" ");
    const entA = cover.find((a) => a.ent);
    const evs = cover.filter((a) => a.ev !== undefined).map((a) => a.ev).join(" ");
    const tip = cover.map((a) => a.tip).join("<br>");
    html += `<span class="${cls}" data-tip="${esc(tip)}"${entA ? ` data-ent="${esc(entA.ent)}"` : ""}${evs ? ` data-ev="${evs}"` : ""}>${seg}</span>`;
  }
  return html;
}

async function viewDoc(id) {
  setNav("");
  $app.innerHTML = `<p class="muted">Loading article…</p>`;
  let doc, keys;
  try { [doc, keys] = await Promise.all([api(`/api/documents/${encodeURIComponent(id)}`), api(`/api/documents/${encodeURIComponent(id)}/keys`)]); }
  catch (err) { $app.innerHTML = `<p class="error">${esc(err.message)}</p>`; return; }
  const dir = doc.language === "ar" || dirOf(doc.text) === "rtl" ? "rtl" : "ltr";
  const ent = (eid) => doc.entities.find((x) => x.id === eid);
  const nm = (eid) => { const e = ent(eid); return e ? bidi(e.name) + (e.name_en && e.name_en !== e.name ? ` <span class="sub">${esc(e.name_en)}</span>` : "") : `<span class="muted">–</span>`; };
  const ents = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  $app.innerHTML = `<div class="layout">
    <article class="card">
      <h1><bdi dir="${dirOf(doc.title || "")}">${esc(doc.title || doc.id)}</bdi></h1>
      <div class="meta">${esc(doc.published || "no date")} · ${esc(doc.source || "")} · language ${esc(doc.language || "?")}
        ${/^https?:\/\//i.test(doc.url || "") ? ` · <a href="${esc(doc.url)}" rel="noopener noreferrer">source</a>` : doc.url ? ` · ${esc(doc.url)}` : ""} · id ${esc(doc.id)}</div>
      <div class="legend">${TYPES.map((t) => `<span class="ent ${t}">${t}</span>`).join("")}
        <span class="time">time</span><span class="amount">amount</span><span class="quote">quote</span><span class="ev">event evidence</span></div>
      <div class="article-text" dir="${dir}" lang="${esc(doc.language || "")}">${renderAnnotated(doc, keys)}</div>
      ${doc.errors && doc.errors.length ? `<p class="error">Stage errors: ${doc.errors.map((e) => esc(e.stage + ": " + e.error)).join("; ")}</p>` : ""}
    </article>
    <aside class="side">
      <div class="card"><h3>Entities (${ents.length})</h3>${ents.map((e) => `<div class="item" data-ent-item="${esc(e.id)}">
        <span class="chip ${esc(e.type)}">${esc(e.type)}</span> <a href="${entityHref(keys[e.id])}">${bidi(e.name, "name")}</a>
        <div class="sub">${esc(e.name_en || "")}${e.kb && e.kb.wikidata ? ` · <a href="https://www.wikidata.org/wiki/${esc(e.kb.wikidata)}" rel="noopener noreferrer">${esc(e.kb.wikidata)}</a>` : ""}
        ${e.kb && e.kb.geonames ? ` · GeoNames ${esc(e.kb.geonames)}` : ""}
        ${e.geo ? ` · ${e.geo.basis !== "kb" ? "≈ " : ""}${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}${e.geo.country ? " (" + esc(e.geo.country) + ")" : ""}${e.geo.basis === "article_focus" ? " (article's focus town)" : e.geo.basis === "container" ? " (the region it lies in)" : ""}` : ""}
        ${e.stands_for ? ` · stands for ${esc(e.stands_for)}` : ""} · ${e.mentions.length}×</div></div>`).join("") || `<p class="muted">none</p>`}</div>
      <div class="card"><h3>Events (${doc.events.length})</h3>${doc.events.map((v, i) => `<div class="item" data-ev-item="${i}">
        <span class="badge type">${esc(v.type)}</span><span class="badge ${esc(v.polarity)}">${esc(v.polarity)}</span><span class="badge ${esc(v.modality)}">${esc(v.modality)}</span>
        <div>${nm(v.actor)} → ${nm(v.target)}</div>
        <div class="sub">${v.place ? "in " + (ent(v.place) ? esc(ent(v.place).name_en || ent(v.place).name) : "?") + provenance(v.place_source) + " · " : ""}${esc(v.date || "")}${v.date ? provenance(v.date_source) : ""}${v.source ? " · according to " + esc((ent(v.source) || {}).name_en || (ent(v.source) || {}).name || "?") : ""}</div></div>`).join("") || `<p class="muted">none</p>`}</div>
      <div class="card"><h3>Quotes (${doc.quotes.length})</h3>${doc.quotes.map((q) => `<div class="item"><div dir="${dirOf(q.text)}">${esc(q.text)}</div>
        <div class="sub">speaker: ${q.speaker ? nm(q.speaker) : "unknown"}${q.source ? " · via " + nm(q.source) : ""} · ${esc(q.kind)}</div></div>`).join("") || `<p class="muted">none</p>`}</div>
      <div class="card"><h3>Times and amounts</h3>${doc.times.map((t) => `<div class="item">${bidi(t.text)} <span class="sub">→ ${esc(t.value || "unresolved")}</span></div>`).join("")}
        ${doc.amounts.map((a) => `<div class="item">${bidi(a.text)} <span class="sub">→ ${esc(a.value)} ${esc(a.unit || "")}</span></div>`).join("") || ""}
        ${!doc.times.length && !doc.amounts.length ? `<p class="muted">none</p>` : ""}</div>
    </aside></div>`;
  bindTips($app);
  $app.querySelectorAll("[data-ent]").forEach((el) => el.addEventListener("click", () => { location.hash = entityHref(keys[el.dataset.ent]); }));
  $app.querySelectorAll("[data-ev-item]").forEach((el) => {
    el.addEventListener("mouseenter", () => $app.querySelectorAll(".ev").forEach((s) => s.classList.toggle("focus", (s.dataset.ev || "").split(" ").includes(el.dataset.evItem))));
    el.addEventListener("mouseleave", () => $app.querySelectorAll(".ev.focus").forEach((s) => s.classList.remove("focus")));
  });
  $app.querySelectorAll("[data-ent-item]").forEach((el) => {
    el.addEventListener("mouseenter", () => $app.querySelectorAll(`[data-ent="${el.dataset.entItem}"]`).forEach((s) => s.classList.add("focus")));
    el.addEventListener("mouseleave", () => $app.querySelectorAll(".ent.focus").forEach((s) => s.classList.remove("focus")));
  });
}

/* ---------------------------------------------------------------------------------------- charts */
function barChart(items, { width = 900, height = 220, series = null, colors = {} } = {}) {
  /* items: [{x: label, v: number}] or with series: [{x, parts: {series: n}}] */
  if (!items.length) return `<p class="muted">No data.</p>`;
  const pad = { l: 36, r: 10, t: 10, b: 40 };
  const w = width - pad.l - pad.r, h = height - pad.t - pad.b;
  const tot = (it) => (series ? Object.values(it.parts).reduce((a, b) => a + b, 0) : it.v);
  const max = Math.max(1, ...items.map(tot));
  const bw = w / items.length;
  let bars = "";
  items.forEach((it, i) => {
    const x = pad.l + i * bw;
    if (series) {
      let y = pad.t + h;
      for (const s of series) {
        const n = it.parts[s] || 0; if (!n) continue;
        const bh = (n / max) * h; y -= bh;
        bars += `<rect x="${x + 1}" y="${y}" width="${Math.max(1, bw - 2)}" height="${bh}" fill="${colors[s] || "#2f7dd1"}" data-tip="${esc(it.x)}: ${esc(s)} ${n}"></rect>`;
      }
    } else {
      const bh = (it.v / max) * h;
      bars += `<rect x="${x + 1}" y="${pad.t + h - bh}" width="${Math.max(1, bw - 2)}" height="${bh}" fill="#0f6e6e" data-tip="${esc(it.x)}: ${it.v}"></rect>`;
    }
  });
  const step = Math.max(1, Math.ceil(items.length / 10));
  let labels = "";
  const fs = step > 1 ? 11 : Math.max(7, Math.min(11, (bw / Math.max(...items.map((it) => String(it.x).length))) * 1.7));
  items.forEach((it, i) => { if (i % step === 0) labels += `<text x="${pad.l + i * bw + bw / 2}" y="${height - pad.b + 14}" font-size="${fs.toFixed(1)}" text-anchor="middle" fill="#6a7480">${esc(it.x)}</text>`; });
  const axis = `<line x1="${pad.l}" x2="${width - pad.r}" y1="${pad.t + h}" y2="${pad.t + h}" stroke="#999"/>
    <text x="${pad.l - 6}" y="${pad.t + 10}" font-size="11" text-anchor="end" fill="#6a7480">${max}</text>
    <text x="${pad.l - 6}" y="${pad.t + h}" font-size="11" text-anchor="end" fill="#6a7480">0</text>`;
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img">${axis}${bars}${labels}</svg>`;
}

/* A continuous time axis: missing days count zero; spans over ~5 months are shown by month. */
function fillDays(items) {
  const real = items.filter((it) => /^\d{4}-\d{2}-\d{2}$/.test(it.x)).sort((a, b) => (a.x < b.x ? -1 : 1));
  if (real.length < 2) return real;
  const day = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  const span = (day(real[real.length - 1].x) - day(real[0].x)) / 864e5;
  const merge = (into, it) => {
    if (it.parts) { into.parts = into.parts || {}; for (const [k, v] of Object.entries(it.parts)) into.parts[k] = (into.parts[k] || 0) + v; }
    else into.v = (into.v || 0) + it.v;
  };
  const keyOf = span > 150 ? (s) => s.slice(0, 7) : (s) => s;
  const by = new Map();
  for (const it of real) { const k = keyOf(it.x); const o = by.get(k) || { x: k, v: 0, parts: it.parts ? {} : undefined }; merge(o, it); by.set(k, o); }
  const out = [];
  const d = new Date(day(real[0].x)), end = day(real[real.length - 1].x);
  while (d.getTime() <= end) {
    const k = keyOf(d.toISOString().slice(0, 10));
    if (!out.length || out[out.length - 1].x !== k) out.push(by.get(k) || { x: k, v: 0, parts: real[0].parts ? {} : undefined });
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/* ------------------------------------------------------------------------------------------ entity */
async function viewEntity(key) {
  setNav("entities");
  $app.innerHTML = `<p class="muted">Loading entity…</p>`;
  let e;
  try { e = await api(`/api/entities/${encodeURIComponent(key)}`, { limit: 50 }); }
  catch (err) { $app.innerHTML = `<p class="error">${esc(err.message)}</p>`; return; }
  const tl = fillDays(e.timeline.map((d) => ({ x: d.day, v: d.articles })));
  $app.innerHTML = `<div class="card">
      <h1><span class="chip ${esc(e.type)}">${esc(e.type)}</span> ${bidi(e.name, "name")} ${e.name_en ? `<span class="muted">${esc(e.name_en)}</span>` : ""}</h1>
      <div class="meta">${e.wikidata ? `Wikidata <a href="https://www.wikidata.org/wiki/${esc(e.wikidata)}" rel="noopener noreferrer">${esc(e.wikidata)}</a> · ` : ""}
        ${e.geonames ? `GeoNames ${esc(e.geonames)} · ` : ""}${e.lat != null ? `${e.lat.toFixed(2)}, ${e.lon.toFixed(2)} · ` : ""}
        ${e.country ? `country ${esc(e.country)} · ` : ""}${e.n_articles} article(s), ${e.n_mentions} mention(s)</div>
      <div class="meta">Names: ${e.names.map((n) => bidi(n.name) + ` (${n.count})`).join(", ")}</div>
      <p><a href="#/?entity=${encodeURIComponent(e.key)}">Search its articles</a> · <a href="#/network?entity=${encodeURIComponent(e.key)}">Its network</a></p>
    </div>
    <h2>Timeline: articles per day</h2>${barChart(tl)}
    <div class="row"><div><h2>Articles</h2><div class="card">${e.articles.map((a) => `<div class="item"><a href="#/doc/${encodeURIComponent(a.id)}">${bidi(a.title || a.id)}</a> <span class="meta">${esc(a.published || "")}</span></div>`).join("") || `<p class="muted">none</p>`}</div></div>
    <div><h2>Events (${e.events.length})</h2><div class="card"><table class="list"><tr><th>Day</th><th>Type</th><th>Role</th><th>Factuality</th></tr>
      ${e.events.map((v) => `<tr><td>${esc(v.day || "")}</td><td><a href="#/doc/${encodeURIComponent(v.doc_id)}">${esc(v.type)}</a></td><td>${esc(v.role)}</td>
        <td><span class="badge ${esc(v.polarity)}">${esc(v.polarity)}</span><span class="badge ${esc(v.modality)}">${esc(v.modality)}</span></td></tr>`).join("")}</table></div></div></div>`;
  bindTips($app);
}

async function viewEntities(p) {
  setNav("entities");
  const limit = 50, offset = parseInt(p.offset || "0", 10) || 0;
  $app.innerHTML = `<form class="filters" id="efilters"><input class="q" name="name" dir="auto" placeholder="Entity name (any language)" value="${esc(p.name || "")}">
    <select name="type"><option value="">Any type</option>${TYPES.map((t) => `<option ${t === p.type ? "selected" : ""}>${t}</option>`).join("")}</select></form><div id="elist" class="card">Loading…</div>`;
  document.getElementById("efilters").addEventListener("change", (ev) => ev.target.form.requestSubmit());
  document.getElementById("efilters").addEventListener("submit", (ev) => { ev.preventDefault(); const fd = new FormData(ev.target); go(["entities"], { name: fd.get("name"), type: fd.get("type") }); });
  const box = document.getElementById("elist");
  try {
    const r = await api("/api/entities", { name: p.name, type: p.type, limit, offset, articles: 3 });
    box.innerHTML = `<div class="meta">${r.total} entities</div><table class="list"><tr><th>Entity</th><th>English</th><th>Wikidata</th><th>Articles</th><th>Recent articles</th></tr>` +
      r.items.map((e) => `<tr><td><span class="chip ${esc(e.type)}">${esc(e.type)}</span> <a href="${entityHref(e.key)}">${bidi(e.name)}</a></td><td>${esc(e.name_en || "")}</td>
        <td>${esc(e.wikidata || "")}</td><td>${e.n_articles}</td><td>${e.articles.map((a) => `<a href="#/doc/${encodeURIComponent(a.id)}">${bidi(a.title || a.id)}</a> <span class="meta">${esc(a.published || "")}</span>`).join("<br>")}</td></tr>`).join("") +
      `</table>` + pager(r.total, limit, offset);
    bindPager(box, ["entities"], p);
  } catch (err) { box.innerHTML = `<p class="error">${esc(err.message)}</p>`; }
}

/* --------------------------------------------------------------------------------------------- map */
let WORLD = null;
async function world() { if (!WORLD) WORLD = await (await fetch("/static/world.json")).json(); return WORLD; }

async function viewMap(p) {
  setNav("map");
  $app.innerHTML = filterForm(p) + `<div class="map-wrap card" id="map">Loading map…</div><div id="plist"></div>`;
  bindFilters(["map"]);
  let w, places;
  try { [w, places] = await Promise.all([world(), api("/api/places", { ...filtersOf(p), limit: 500 })]); }
  catch (err) { document.getElementById("map").innerHTML = `<p class="error">${esc(err.message)}</p>`; return; }
  const W = 1000, H = 500, sc = w.scale;
  const X = (lon) => ((lon + 180) / 360) * W, Y = (lat) => ((90 - lat) / 180) * H;
  let paths = "";
  for (const c of w.countries) {
    let d = "";
    for (const ring of c.rings) {
      for (let i = 0; i < ring.length; i += 2) d += (i ? "L" : "M") + X(ring[i] / sc).toFixed(1) + " " + Y(ring[i + 1] / sc).toFixed(1);
      d += "Z";
    }
    paths += `<path class="country" d="${d}"><title>${esc(c.name)}</title></path>`;
  }
  const max = Math.max(1, ...places.items.map((x) => x.n_articles));
  const dots = places.items.map((pl) => `<a href="${entityHref(pl.key)}"><circle class="place" cx="${X(pl.lon).toFixed(1)}" cy="${Y(pl.lat).toFixed(1)}" r="${(3 + 9 * Math.sqrt(pl.n_articles / max)).toFixed(1)}"
      data-tip="${esc(`<b>${esc(pl.name_en || pl.name)}</b> ${esc(pl.name)} · ${pl.n_articles} article(s)`)}"></circle></a>`).join("");
  document.getElementById("map").innerHTML = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="Map of places">
    <rect width="${W}" height="${H}" fill="#dcebf2"></rect>${paths}${dots}</svg>
    <div class="meta">${places.total} place(s) with coordinates. Outline: Natural Earth (public domain), equirectangular.</div>`;
  document.getElementById("plist").innerHTML = places.items.length ? `<h2>Places</h2><div class="card"><table class="list"><tr><th>Place</th><th>English</th><th>Coordinates</th><th>Articles</th></tr>` +
    places.items.slice(0, 30).map((pl) => `<tr><td><a href="${entityHref(pl.key)}">${bidi(pl.name)}</a></td><td>${esc(pl.name_en || "")}</td><td>${pl.lat.toFixed(2)}, ${pl.lon.toFixed(2)}</td><td>${pl.n_articles}</td></tr>`).join("") + `</table></div>` : "";
  bindTips($app);
}

/* ---------------------------------------------------------------------------------------- timeline */
async function viewTimeline(p) {
  setNav("timeline");
  $app.innerHTML = filterForm(p) + `<div id="tl">Loading…</div>`;
  bindFilters(["timeline"]);
  const box = document.getElementById("tl");
  try {
    const f = filtersOf(p);
    const [agg, byType, evs, byCountry] = await Promise.all([api("/api/events/aggregate", { ...f, by: ["day", "type"], limit: 500 }),
      api("/api/events/aggregate", { ...f, by: ["type"] }), api("/api/events", { ...f, limit: 50 }),
      api("/api/events/aggregate", { ...f, by: ["country"], limit: 20 })]);
    const days = new Map();
    agg.items.forEach((it) => { if (!it.day) return; const d = days.get(it.day) || {}; d[it.type] = (d[it.type] || 0) + it.count; days.set(it.day, d); });
    const items = fillDays([...days.entries()].map(([x, parts]) => ({ x, parts })));
    const series = byType.items.map((x) => x.type);
    const colors = Object.fromEntries(series.map((s) => [s, EV_COLORS[PLOVER.indexOf(s) % EV_COLORS.length] || "#888"]));
    box.innerHTML = `<h2>Events per day (${agg.events} events)</h2>${barChart(items, { series, colors })}
      <div class="legend">${series.map((s) => `<span style="background:${colors[s]};color:#fff">${esc(s)}</span>`).join("")}</div>
      <div class="row"><div><h2>By type</h2>${barChart(byType.items.map((it) => ({ x: it.type, v: it.count })), { width: 600, height: 200 })}</div>
      <div><h2>By country (place, else actor)</h2>${barChart(byCountry.items.filter((it) => it.country).map((it) => ({ x: it.country, v: it.count })), { width: 600, height: 200 })}</div></div>
      <h2>Events</h2><div class="card"><table class="list"><tr><th>Day</th><th>Type</th><th>Actor</th><th>Target</th><th>Factuality</th><th>Article</th></tr>
      ${evs.items.map((v) => `<tr><td>${esc(v.day || "")}</td><td>${esc(v.type)}</td>
        <td>${v.actor ? `<a href="${entityHref(v.actor.key)}">${bidi(v.actor.name_en || v.actor.name)}</a>` : "–"}</td>
        <td>${v.target ? `<a href="${entityHref(v.target.key)}">${bidi(v.target.name_en || v.target.name)}</a>` : "–"}</td>
        <td><span class="badge ${esc(v.polarity)}">${esc(v.polarity)}</span><span class="badge ${esc(v.modality)}">${esc(v.modality)}</span></td>
        <td><a href="#/doc/${encodeURIComponent(v.doc_id)}">${bidi(v.title || v.doc_id)}</a></td></tr>`).join("")}</table>
        <div class="meta">${evs.total} event(s)${evs.total > evs.items.length ? `, newest ${evs.items.length} shown` : ""}</div></div>`;
    bindTips(box);
  } catch (err) { box.innerHTML = `<p class="error">${esc(err.message)}</p>`; }
}

/* ----------------------------------------------------------------------------------------- network */
function layout(nodes, edges, W, H) {
  /* A small deterministic force layout: repulsion between all nodes, springs along edges. */
  const n = nodes.length, pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n), r = 0.35 * Math.min(W, H);
    return { x: W / 2 + r * Math.cos(a), y: H / 2 + r * Math.sin(a) };
  });
  const idx = new Map(nodes.map((nd, i) => [nd.key, i]));
  const E = edges.map((e) => [idx.get(e.source), idx.get(e.target), e.weight]).filter((e) => e[0] !== undefined && e[1] !== undefined);
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.55;
  const maxW = Math.max(1, ...E.map((e) => e[2]));
  for (let it = 0; it < 300; it++) {
    const t = 0.1 * (1 - it / 300) * W;
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y; const d = Math.max(1, Math.hypot(dx, dy));
      const f = (k * k) / d; dx /= d; dy /= d;
      disp[i].x += dx * f; disp[i].y += dy * f; disp[j].x -= dx * f; disp[j].y -= dy * f;
    }
    for (const [a, b, w] of E) {
      let dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y; const d = Math.max(1, Math.hypot(dx, dy));
      const f = ((d * d) / k) * (0.15 + 0.85 * w / maxW); dx /= d; dy /= d;
      disp[a].x -= dx * f; disp[a].y -= dy * f; disp[b].x += dx * f; disp[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (W / 2 - pos[i].x) * 0.9; disp[i].y += (H / 2 - pos[i].y) * 1.4; /* gravity keeps loose nodes in view */
      const d = Math.max(1e-6, Math.hypot(disp[i].x, disp[i].y)), m = Math.min(d, t);
      pos[i].x = Math.min(W - 40, Math.max(40, pos[i].x + (disp[i].x / d) * m));
      pos[i].y = Math.min(H - 24, Math.max(20, pos[i].y + (disp[i].y / d) * m));
    }
  }
  return pos;
}

async function viewNetwork(p) {
  setNav("network");
  $app.innerHTML = filterForm(p) + `<div id="net" class="card">Loading…</div>`;
  bindFilters(["network"]);
  const box = document.getElementById("net");
  let net;
  try { net = await api("/api/network", { ...filtersOf(p), limit: 40 }); }
  catch (err) { box.innerHTML = `<p class="error">${esc(err.message)}</p>`; return; }
  if (!net.nodes.length) { box.innerHTML = `<p class="muted">No actors.</p>`; return; }
  const W = 1000, H = 560;
  /* the strongest links only: a dense hairball says nothing */
  net.edges = [...net.edges].sort((a, b) => b.weight - a.weight || b.events - a.events).slice(0, 2 * net.nodes.length);
  const pos = layout(net.nodes, net.edges, W, H);
  const idx = new Map(net.nodes.map((nd, i) => [nd.key, i]));
  const maxW = Math.max(1, ...net.edges.map((e) => e.weight)), maxN = Math.max(1, ...net.nodes.map((x) => x.n_articles));
  const lines = net.edges.map((e) => { const a = pos[idx.get(e.source)], b = pos[idx.get(e.target)];
    return `<line class="edge${e.events ? " event" : ""}" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke-width="${(0.6 + 4 * e.weight / maxW).toFixed(2)}"
      data-tip="${esc(`${e.weight} shared article(s), ${e.events} event(s)`)}"></line>`; }).join("");
  const circles = net.nodes.map((nd, i) => { const r = 5 + 12 * Math.sqrt(nd.n_articles / maxN);
    return `<a href="${entityHref(nd.key)}"><circle class="node" cx="${pos[i].x.toFixed(1)}" cy="${pos[i].y.toFixed(1)}" r="${r.toFixed(1)}" fill="${COLORS[nd.type] || "#777"}"
      data-tip="${esc(`<b>${esc(nd.name_en || nd.name)}</b> ${esc(nd.name)} · ${esc(nd.type)} · ${nd.n_articles} article(s)`)}"></circle>
      <text x="${pos[i].x.toFixed(1)}" y="${(pos[i].y + r + 12).toFixed(1)}" font-size="12" text-anchor="middle" fill="#1d232b">${esc(nd.name_en || nd.name)}</text></a>`; }).join("");
  box.innerHTML = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="Actor network">${lines}${circles}</svg>
    <div class="legend">${["PERSON", "ORG", "GPE"].map((t) => `<span class="chip ${t}">${t}</span>`).join("")}<span>edge width: articles naming both; orange: events between them</span></div>
    <div class="meta">${net.nodes.length} of ${net.total} actors, ${net.edges.length} links</div>`;
  bindTips(box);
}

/* ---------------------------------------------------------------------------------------- routing */
async function route() {
  hideTip();
  delete document.body.dataset.ready;
  const { parts, params } = parseHash();
  const [page, arg] = parts;
  try {
    if (!page) await viewSearch(params);
    else if (page === "doc" && arg) await viewDoc(arg);
    else if (page === "entity" && arg) await viewEntity(arg);
    else if (page === "entities") await viewEntities(params);
    else if (page === "map") await viewMap(params);
    else if (page === "timeline") await viewTimeline(params);
    else if (page === "network") await viewNetwork(params);
    else $app.innerHTML = `<p class="error">No such page.</p>`;
  } catch (err) { $app.innerHTML = `<p class="error">${esc(err.message)}</p>`; }
  document.body.dataset.ready = page || "search";
}

async function loadStats() {
  try {
    const s = await api("/api/stats");
    document.getElementById("stats").textContent = `${s.counts.documents} articles · ${s.counts.entities} entity mentions · ${s.counts.events} events · ${s.backend}`;
  } catch (err) { document.getElementById("stats").textContent = ""; }
}

window.addEventListener("hashchange", route);
loadStats();
route();
