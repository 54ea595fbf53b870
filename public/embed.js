/*! Learning City Atlas — host helper for partner sites. No dependencies, no inline code.
 *
 *   <script src="https://ATLAS/embed.js" defer></script>
 *   <atlas-map src="https://ATLAS/?lang=en&indicator=hai" label="Learning City Atlas"></atlas-map>
 *
 * <atlas-map> creates the iframe (embed=1), follows `atlas:resize` so the iframe is as tall as
 * its content, re-dispatches every atlas:* message as a DOM event on the element
 * (`el.addEventListener('atlas:select', e => e.detail.province)`), and `el.set({...})` sends
 * `atlas:set`. For an iframe you wrote yourself: `AtlasEmbed.autosize(iframe)`.
 * Messages are accepted only from the iframe's window and the atlas's origin.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 5000;

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  /** Listens to one iframe's atlas:* messages; returns the function that stops listening. */
  function follow(iframe, origin, onMessage) {
    function listener(event) {
      if (event.source !== iframe.contentWindow || event.origin !== origin) return;
      var data = event.data;
      if (!data || typeof data !== 'object' || typeof data.type !== 'string' || data.type.indexOf('atlas:') !== 0) return;
      if (data.type === 'atlas:resize' && typeof data.height === 'number' && isFinite(data.height)) {
        iframe.height = String(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height))));
      }
      if (onMessage) onMessage(data);
    }
    window.addEventListener('message', listener);
    return function () {
      window.removeEventListener('message', listener);
    };
  }

  function autosize(iframe, onMessage) {
    var origin = originOf(iframe.src);
    return origin ? follow(iframe, origin, onMessage) : function () {};
  }

  function send(iframe, origin, patch) {
    var message = { type: 'atlas:set' };
    for (var key in patch) if (Object.prototype.hasOwnProperty.call(patch, key) && key !== 'type') message[key] = patch[key];
    if (iframe.contentWindow) iframe.contentWindow.postMessage(message, origin);
  }

  window.AtlasEmbed = { autosize: autosize, version: 1 };

  if (!window.customElements || window.customElements.get('atlas-map')) return;

  class AtlasMap extends HTMLElement {
    connectedCallback() {
      if (this.iframe) return;
      var raw = this.getAttribute('src');
      var url;
      try {
        url = new URL(raw || '', document.baseURI);
      } catch (e) {
        return;
      }
      // Only a web page may be framed: a javascript:, data: or blob: src would run in the host.
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
      url.searchParams.set('embed', '1');
      var iframe = document.createElement('iframe');
      iframe.src = url.href;
      iframe.title = this.getAttribute('label') || 'Learning City Atlas';
      iframe.width = '100%';
      iframe.height = this.getAttribute('height') || '640';
      iframe.loading = 'lazy';
      iframe.referrerPolicy = 'strict-origin-when-cross-origin';
      iframe.allow = 'clipboard-write';
      // CSSOM, not a style attribute: allowed under a host's strict CSP.
      iframe.style.border = '0';
      iframe.style.display = 'block';
      iframe.style.width = '100%';
      iframe.style.minWidth = '300px';
      this.iframe = iframe;
      this.origin = url.origin;
      var self = this;
      this.stop = follow(iframe, url.origin, function (data) {
        self.dispatchEvent(new CustomEvent(data.type, { detail: data }));
      });
      this.append(iframe);
    }

    disconnectedCallback() {
      if (this.stop) this.stop();
      this.stop = null;
      if (this.iframe) this.iframe.remove();
      this.iframe = null;
    }

    /** Sends atlas:set: { lang, indicator, year, province, view } (see the atlas README). */
    set(patch) {
      if (this.iframe) send(this.iframe, this.origin, patch || {});
    }
  }

  window.customElements.define('atlas-map', AtlasMap);
})();
