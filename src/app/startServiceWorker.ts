// Registers the service worker that keeps the whole atlas working offline (vite-plugin-pwa's
// generated sw.js, precaching the app, fonts, data and stories). Loaded lazily after the first
// render. A new version waits until the user asks for it: `onUpdate` gets the function that
// applies it (tell the waiting worker to take over, then reload once it controls the page).
import { Workbox } from 'workbox-window';

export function startServiceWorker(onUpdate: (apply: () => void) => void): () => void {
  if (!('serviceWorker' in navigator)) return () => undefined;
  const wb = new Workbox(new URL('sw.js', document.baseURI).href, { scope: './' });
  const onWaiting = () =>
    onUpdate(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  wb.addEventListener('waiting', onWaiting);
  // Registration failing (private mode, an unsupported host) leaves the online app as it was.
  wb.register().catch(() => undefined);
  return () => wb.removeEventListener('waiting', onWaiting);
}
