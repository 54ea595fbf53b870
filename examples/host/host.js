// The example host page's script: embeds the atlas with <atlas-map> (embed.js), logs what it
// says, and drives it with atlas:set. `?app=URL` picks the atlas to embed (default: this server).
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var app = params.get('app') || new URL('../?lang=en', location.href).href;
  var appUrl = new URL(app, location.href);
  if (!appUrl.searchParams.has('lang')) appUrl.searchParams.set('lang', 'en');

  var log = [];
  window.hostLog = log;
  var el = document.createElement('atlas-map');
  el.setAttribute('src', appUrl.href);
  el.setAttribute('label', 'Learning City Atlas (embedded)');
  el.setAttribute('height', '500');
  document.getElementById('atlas-slot').append(el);

  ['atlas:ready', 'atlas:state', 'atlas:select', 'atlas:resize', 'atlas:error'].forEach(function (type) {
    el.addEventListener(type, function (event) {
      log.push(event.detail);
      var li = document.createElement('li');
      li.textContent = JSON.stringify(event.detail);
      document.getElementById('log').append(li);
      if (type === 'atlas:select') {
        var d = event.detail;
        document.getElementById('selected').textContent = d.province ? d.name.en + ' (' + d.province + ')' : 'none';
      }
    });
  });

  document.getElementById('show-phayao').addEventListener('click', function () {
    el.set({ indicator: 'density', province: 'TH-56' });
  });
  document.getElementById('thai').addEventListener('click', function () {
    el.set({ lang: 'th' });
  });
  document.getElementById('english').addEventListener('click', function () {
    el.set({ lang: 'en' });
  });
})();
