/* Briefings: a preview card for links to entity and source pages, on hover, focus and tap.
   Cards are read from static shards beside the pages (`entities/_previews/3f.json`): the shard of
   a page is FNV-1a of its file name modulo 256, as site/previews.py writes them. Listeners sit on
   the document, so they outlive Material's instant navigation; `document$` closes a card left open. */
(function () {
  "use strict";
  var TARGETS = "mark.bf-entity > a[href], a.bf-pv[href]";
  var cache = {}, card = null, current = null, wanted = null, timer = 0, touch = false;
  var root = document.documentElement;

  function shard(name) {
    var bytes = new TextEncoder().encode(name), value = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) value = Math.imul(value ^ bytes[i], 0x01000193) >>> 0;
    return ("0" + (value % 256).toString(16)).slice(-2);
  }
  function load(link) {
    // `…/entities/x/` or `…/entities/x.html`: the card `x` of `…/entities/_previews/<shard>.json`
    var found = /^(.*\/)([^\/]+?)(?:\/|\.html)$/.exec(link.href.split("#")[0].split("?")[0]);
    if (!found) return Promise.reject();
    var name = decodeURIComponent(found[2]), address = found[1] + "_previews/" + shard(name) + ".json";
    if (!cache[address]) {
      cache[address] = fetch(address).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      });
    }
    return cache[address].then(function (cards) {
      var data = cards.cards[name];
      if (!data) throw new Error(name);
      data.words = cards.words;
      return data;
    });
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function fill(data, link) {
    card.textContent = "";
    var head = el("p", "bf-card__head");
    head.appendChild(el("strong", "bf-card__name", data.name));
    var kind = el("span", "bf-card__kind" + (data.label ? " bf-entity--" + data.label.toLowerCase() : ""), data.kind);
    head.appendChild(kind);
    card.appendChild(head);
    if (data.description) card.appendChild(el("p", "bf-card__desc", data.description));
    if (data.aliases.length) card.appendChild(el("p", "bf-card__aliases", data.words.aliases + " " + data.aliases.join(", ")));
    card.appendChild(el("p", "bf-card__count", data.briefings));
    if (data.claims.length) {
      card.appendChild(el("p", "bf-card__latest", data.words.latest));
      var list = el("ul", "bf-card__claims");
      data.claims.forEach(function (claim) {
        var item = el("li");
        item.appendChild(el("span", "bf-badge bf-grade--" + claim.level, claim.grade));
        item.appendChild(document.createTextNode(" " + claim.stance + " "));
        item.appendChild(el("q", "", claim.text));
        list.appendChild(item);
      });
      card.appendChild(list);
    }
    if (touch) {
      var open = el("a", "bf-card__open", data.name + " →");
      open.href = link.href;
      card.appendChild(open);
    }
  }
  function place(link) {
    var box = link.getBoundingClientRect(), width = Math.min(320, window.innerWidth - 16);
    card.style.width = width + "px";
    card.style.left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8)) + "px";
    var below = box.bottom + 6, height = card.offsetHeight;
    card.style.top = (below + height > window.innerHeight && box.top > height + 6 ? box.top - height - 6 : below) + "px";
  }
  function show(link) {
    clearTimeout(timer);
    if (current === link && card && !card.hidden) return;
    wanted = link;
    load(link).then(function (data) {
      if (wanted !== link) return; // closed, or another link asked since: a late answer is dropped
      if (!card || !card.isConnected) {
        card = el("div", "bf-card md-typeset");
        card.id = "bf-card";
        card.setAttribute("role", "tooltip");
        card.hidden = true;
        card.addEventListener("mouseenter", function () { clearTimeout(timer); });
        card.addEventListener("mouseleave", later);
        document.body.appendChild(card);
      }
      if (current && current !== link) current.removeAttribute("aria-describedby");
      current = link;
      fill(data, link);
      card.hidden = false;
      root.classList.add("bf-card-open");
      link.setAttribute("aria-describedby", "bf-card");
      place(link);
    }, function () {});
  }
  function hide() {
    clearTimeout(timer);
    wanted = null;
    if (card) card.hidden = true;
    root.classList.remove("bf-card-open");
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(hide, 250);
  }
  function target(event) {
    return event.target instanceof Element ? event.target.closest(TARGETS) : null;
  }
  document.addEventListener("pointerdown", function (event) { touch = event.pointerType === "touch"; }, true);
  document.addEventListener("mouseover", function (event) {
    var link = target(event);
    if (link && !touch) { clearTimeout(timer); timer = setTimeout(function () { show(link); }, 200); }
  });
  document.addEventListener("mouseout", function (event) { if (target(event)) later(); });
  document.addEventListener("focusin", function (event) {
    var link = target(event);
    if (link) show(link); else if (card && !card.contains(event.target)) hide();
  });
  document.addEventListener("focusout", function (event) { if (target(event)) later(); });
  document.addEventListener("click", function (event) {
    var link = target(event);
    // a claim in the text leads to its entry in the panel: beside the text, or under it on a phone
    var claim = !link && event.target instanceof Element && !event.target.closest("a") ? event.target.closest(".bf-body .bf-claim[id]") : null;
    if (claim) {
      var entry = document.getElementById(claim.id + "-info");
      if (!entry || !entry.offsetParent) entry = document.getElementById(claim.id + "-entry");
      if (entry) entry.scrollIntoView({ block: "center" });
    }
    // a tap shows the card first; the card's own link (or a second tap) opens the page
    if (link && touch && current !== link) { event.preventDefault(); show(link); }
    else if (card && !card.hidden && !card.contains(event.target) && !link) hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && card && !card.hidden) hide();
  });
  window.addEventListener("scroll", function () { if (current && card && !card.hidden) place(current); }, { passive: true });
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(hide);
})();
