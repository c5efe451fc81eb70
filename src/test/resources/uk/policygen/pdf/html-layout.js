// Layout faults of web pages at phone and desktop widths, run by LayoutCheckTest in headless
// Chromium: every page in FILES is opened in an iframe of each width in WIDTHS; a page that scrolls
// sideways, text beyond the right edge, or text printed over other text is a fault.
function faultsOf(doc, win, label) {
  var faults = [];
  var vw = doc.documentElement.clientWidth;
  if (doc.documentElement.scrollWidth > vw + 1) faults.push(label + ': scrolls sideways (' + doc.documentElement.scrollWidth + 'px wide)');
  var walker = doc.createTreeWalker(doc.body, 4 /* text */);
  var boxes = [], n, k = 0;
  while ((n = walker.nextNode())) {
    if (!n.data.trim()) continue;
    var el = n.parentElement;
    if (el.closest('.visually-hidden, .skip-link, .running-header, .running-footer, script, style')) continue;
    var r = doc.createRange();
    r.selectNodeContents(n);
    var rs = r.getClientRects();
    for (var i = 0; i < rs.length; i++) {
      var b = rs[i];
      if (b.width < 1 || b.height < 1) continue;
      if (b.right > vw + 1) faults.push(label + ': text beyond the right edge: "' + n.data.trim().slice(0, 40) + '"');
      boxes.push({ n: k, l: b.left, r: b.right, t: b.top, b: b.bottom, s: n.data.trim().slice(0, 30) });
    }
    k++;
  }
  // A web address breaks only between its parts (after a slash): a part that fits its column on
  // one line must not wrap, as "Hythe-Bay-⏎Childrens-Centre" did at a hyphen.
  var parts = doc.querySelectorAll('.url-part');
  for (var p = 0; p < parts.length && faults.length < 20; p++) {
    var part = parts[p];
    var pr = doc.createRange();
    pr.selectNodeContents(part);
    var tops = {};
    var prs = pr.getClientRects();
    for (var q = 0; q < prs.length; q++) if (prs[q].width >= 1) tops[Math.round(prs[q].top)] = true;
    if (Object.keys(tops).length < 2) continue;
    var block = part.parentElement.closest('td, th, p, li, dd, dt, div, section, main, body');
    var bs = win.getComputedStyle(block);
    var room = block.clientWidth - parseFloat(bs.paddingLeft) - parseFloat(bs.paddingRight);
    var saved = part.style.cssText;
    part.style.whiteSpace = 'nowrap';
    part.style.maxWidth = 'none';
    var natural = part.getBoundingClientRect().width;
    part.style.cssText = saved;
    if (natural <= room - 1) faults.push(label + ': web address broken inside "' + part.textContent + '"');
  }
  // The contents ranks a combined policy's Parts above its sections, as the text does.
  var part = doc.querySelector('.contents li.part'), section = doc.querySelector('.contents li.level-3');
  if (part && section) {
    var ps = win.getComputedStyle(part), ss = win.getComputedStyle(section);
    if (!(parseInt(ps.fontWeight, 10) > parseInt(ss.fontWeight, 10) || parseFloat(ps.fontSize) > parseFloat(ss.fontSize)))
      faults.push(label + ': the contents gives a Part the same weight as a section');
  }
  boxes.sort(function (a, b) { return a.t - b.t; });
  for (var i = 0; i < boxes.length && faults.length < 20; i++) {
    for (var j = i + 1; j < boxes.length && boxes[j].t < boxes[i].b; j++) {
      var a = boxes[i], c = boxes[j];
      if (a.n === c.n) continue;
      var ox = Math.min(a.r, c.r) - Math.max(a.l, c.l), oy = Math.min(a.b, c.b) - Math.max(a.t, c.t);
      if (ox > 1 && oy > 2) faults.push(label + ': "' + a.s + '" overlaps "' + c.s + '"');
    }
  }
  return faults;
}
window.addEventListener('load', function () {
  var all = [];
  var frames = document.querySelectorAll('iframe');
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    try {
      all = all.concat(faultsOf(f.contentDocument, f.contentWindow, f.getAttribute('data-label')));
    } catch (e) {
      all.push(f.getAttribute('data-label') + ': cannot be read (' + e + ')');
    }
  }
  var pre = document.createElement('pre');
  pre.id = 'result';
  pre.textContent = 'CHECKED ' + frames.length + ' FAULTS ' + JSON.stringify(all);
  document.body.appendChild(pre);
});
