using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Reports.Rendering;

/// <summary>The style sheet and script of the HTML report, inlined into every page.</summary>
internal static class HtmlReportAssets
{
    public const string Style = """
        :root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --ok: #2e7d32; --ink: #1d1d1f; --muted: #5f6368; --line: #e0e0e0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fafafa; }
        header.summary { display: flex; gap: 18px; align-items: center; padding: 14px 24px; background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
        .lights { display: flex; flex-direction: column; gap: 4px; background: #263238; padding: 6px; border-radius: 10px; }
        .lamp { width: 16px; height: 16px; border-radius: 50%; opacity: .18; }
        .lamp.red { background: #e53935; } .lamp.amber { background: #ffb300; } .lamp.green { background: #43a047; }
        .lamp.on { opacity: 1; box-shadow: 0 0 8px currentColor; }
        header h1 { font-size: 18px; margin: 0; }
        header p { margin: 2px 0 0; color: var(--muted); }
        .count-error { color: var(--error); font-weight: 600; } .count-warning { color: var(--warning); font-weight: 600; } .count-info { color: var(--info); font-weight: 600; }
        main { padding: 8px 24px 40px; max-width: 1200px; }
        section.document { margin-top: 20px; }
        h2 { font-size: 17px; margin: 12px 0 2px; word-break: break-all; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .meta { color: var(--muted); margin: 0 0 8px; }
        .verdict { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
        .verdict.red { background: #e53935; } .verdict.amber { background: #ffb300; } .verdict.green { background: #43a047; }
        ol.findings { list-style: none; padding: 0; margin: 0; }
        li.finding { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 6px; padding: 8px 12px; margin: 6px 0; }
        li.finding.sev-error { border-left-color: var(--error); } li.finding.sev-warning { border-left-color: var(--warning); }
        li.finding.current { box-shadow: 0 0 0 2px #ffd54f; }
        .side { margin-right: 8px; }
        .badge { display: inline-block; font-size: 12px; font-weight: 700; text-transform: uppercase; color: #fff; background: var(--info); border-radius: 4px; padding: 0 6px; margin-right: 6px; }
        .sev-error .badge { background: var(--error); } .sev-warning .badge { background: var(--warning); }
        .rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; color: var(--muted); }
        .finding .extra { color: var(--muted); font-size: 13px; margin-top: 4px; }
        .finding .suggestion { color: var(--ok); }
        a.span-link { color: inherit; background: #fff8e1; border-radius: 3px; padding: 0 3px; text-decoration: none; border-bottom: 1px dashed #b28704; }
        a.span-link:hover, a.span-link:focus { background: #ffecb3; }
        .layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 16px; align-items: start; }
        @media (max-width: 800px) { .layout { grid-template-columns: 1fr; } }
        article.text { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 15.5px; }
        aside.details { position: sticky; top: 90px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; font-size: 13.5px; }
        aside.details .hint { color: var(--muted); margin: 0; }
        .card { padding: 6px 0; } .card:not([hidden]) ~ .card:not([hidden]) { border-top: 1px solid var(--line); }
        .card dl { margin: 0; }
        .card dt { font-weight: 600; float: left; clear: left; margin-right: 6px; } .card dd { margin: 0; }
        .seg { border-radius: 2px; }
        .seg.mention { cursor: pointer; padding: 0 1px; }
        .seg.claim { border-bottom: 2px solid #90a4ae; cursor: pointer; }
        .m-percentage { background: #bbdefb; } .m-percentagePoints { background: #d1c4e9; } .m-money { background: #c8e6c9; }
        .m-number { background: #cfd8dc; } .m-multiplier { background: #ffe0b2; } .m-date { background: #b2dfdb; }
        .f-error { text-decoration: underline wavy var(--error); text-underline-offset: 3px; }
        .f-warning { text-decoration: underline wavy var(--warning); text-underline-offset: 3px; }
        .f-info { text-decoration: underline dotted var(--info); text-underline-offset: 3px; }
        .seg.active { outline: 2px solid #90caf9; }
        .seg.selected { background: #ffd54f !important; outline: 2px solid #ff8f00; }
        .legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; font-size: 12.5px; }
        .legend span { padding: 0 6px; border-radius: 3px; }
        table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13.5px; }
        th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #f5f5f5; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.active td { background: #e3f2fd; }
        .none { color: var(--muted); }
        """;

    public const string Script = """
        (function () {
          'use strict';
          function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
          function clear(root, name) { all(root, '.' + name).forEach(function (e) { e.classList.remove(name); }); }
          function words(value) { return (value || '').split(' ').filter(function (w) { return w.length > 0; }); }
          function selectSpans(doc, spans) {
            clear(doc, 'selected');
            var first = null, last = null;
            var segments = all(doc, '.text .seg');
            spans.forEach(function (span, k) {
              segments.forEach(function (seg) {
                var a = Number(seg.dataset.start), b = Number(seg.dataset.end);
                if (a >= span[0] && b <= span[1]) {
                  seg.classList.add('selected');
                  if (k === 0) { if (!first) { first = seg; } last = seg; }
                }
              });
            });
            if (!first) { return; }
            first.scrollIntoView({ block: 'center' });
            var selection = window.getSelection();
            if (selection) {
              var range = document.createRange();
              range.setStartBefore(first);
              range.setEndAfter(last);
              selection.removeAllRanges();
              selection.addRange(range);
            }
          }
          function showDetails(seg) {
            var doc = seg.closest('section.document');
            var panel = doc.querySelector('aside.details');
            all(panel, '.card').forEach(function (c) { c.hidden = true; });
            clear(doc, 'active');
            var hint = panel.querySelector('.hint');
            if (hint) { hint.hidden = true; }
            words(seg.dataset.claims).forEach(function (i) {
              var card = document.getElementById(doc.id + '-claim-card-' + i);
              if (card) { card.hidden = false; }
              var row = document.getElementById(doc.id + '-claim-' + i);
              if (row) { row.classList.add('active'); }
              all(doc, '.text .seg').forEach(function (s) { if (words(s.dataset.claims).indexOf(i) >= 0) { s.classList.add('active'); } });
            });
            words(seg.dataset.mentions).forEach(function (i) {
              var card = document.getElementById(doc.id + '-mention-card-' + i);
              if (card) { card.hidden = false; }
            });
          }
          document.addEventListener('click', function (ev) {
            var target = ev.target instanceof Element ? ev.target : null;
            if (!target) { return; }
            var link = target.closest('a.span-link');
            if (link) {
              ev.preventDefault();
              var doc = link.dataset.document ? document.getElementById(link.dataset.document) : link.closest('section.document');
              if (!doc) { return; }
              clear(document, 'current');
              var item = link.closest('li.finding');
              if (item) { item.classList.add('current'); }
              selectSpans(doc, words(link.dataset.spans).map(function (p) { var x = p.split('-'); return [Number(x[0]), Number(x[1])]; }));
              return;
            }
            var seg = target.closest('.text .seg');
            if (seg && (seg.dataset.claims || seg.dataset.mentions)) { showDetails(seg); }
          });
          document.addEventListener('keydown', function (ev) {
            var target = ev.target instanceof Element ? ev.target : null;
            if (ev.key === 'Enter' && target && target.matches('.text .seg')) { showDetails(target); }
          });
        })();
        """;

    /// <summary>The Content-Security-Policy source for the script: only this exact script may run on the page.</summary>
    public static string ScriptHash { get; } = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));
}
