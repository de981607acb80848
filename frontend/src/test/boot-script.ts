// index.html as the server sends it (Vite's ?raw import: its text), for its inline boot script.
import indexHtml from '../../index.html?raw';

const bootScript = new DOMParser()
  .parseFromString(indexHtml, 'text/html')
  .querySelector('head script:not([src])')!.textContent!;

/** Runs index.html's inline script as a page load at `path` would (with whatever fetch is stubbed). */
export function runBootScript(path: string): void {
  window.history.replaceState(null, '', path);
  new Function(bootScript)();
}

/** Undoes runBootScript: no boot answers left, back at '/'. */
export function resetBootScript(): void {
  delete window.__apimonSessionBoot;
  delete window.__apimonPreload;
  window.history.replaceState(null, '', '/');
}
