/*
 * Region Scorecard embed resizer. Add once to a page that embeds scorecard iframes:
 *   <script src="https://<dashboard-host>/embed.js" defer></script>
 * Each embed posts { type: "region-scorecard:height", height: <px>, href: <its own URL> } to its
 * parent whenever its content height changes; this script sets the matching iframe's height.
 * Without this script an embed still looks right at the fixed height in its snippet.
 */
(function () {
  'use strict';
  if (window.__regionScorecardResizer) return;
  window.__regionScorecardResizer = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'region-scorecard:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var height = Math.max(120, Math.min(4000, Math.ceil(data.height)));
      frame.style.height = height + 'px';
      frame.setAttribute('data-region-scorecard-height', String(height));
    }
  });
})();
