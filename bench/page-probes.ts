/**
 * Timing probes installed in the page before the app's own scripts (an init script, so the page's
 * CSP does not apply to it). A keystroke's latency runs from the keydown's own timestamp, taken in
 * a capture listener, to the animation frame after a DOM mutation that leaves the preview
 * paginated (data-paginated="true") with text different from before the key: the frame in which
 * the new wording is painted. (The app's data-preview-revision is set in a passive effect, after
 * that paint, so it would add up to a frame; it only marks cold-load readiness here.)
 */
export const PAGE_PROBES = `(() => {
  const state = { samples: [], domSamples: [], pending: null, armed: false, waiters: [], readyAt: null, previewAt: null };
  const preview = () => document.querySelector('[data-testid="print-view"]');
  const previewText = (view) => (view === null ? null : view.textContent);
  const flush = () => { state.waiters = state.waiters.filter((waiter) => !waiter()); };
  document.addEventListener('keydown', (event) => {
    if (state.armed && state.pending === null) state.pending = { t0: event.timeStamp, before: previewText(preview()) };
  }, true);
  // Load times: attributes of <html> only, taken once.
  const loadWatch = new MutationObserver((records) => {
    for (const record of records) {
      if (record.attributeName === 'data-app-ready' && state.readyAt === null &&
          document.documentElement.dataset.appReady === 'true') {
        requestAnimationFrame(() => { if (state.readyAt === null) state.readyAt = performance.now(); flush(); });
      }
      if (record.attributeName === 'data-preview-revision' && state.previewAt === null) {
        requestAnimationFrame(() => { if (state.previewAt === null) state.previewAt = performance.now(); flush(); });
      }
    }
    if (state.readyAt !== null && state.previewAt !== null) loadWatch.disconnect();
  });
  const watchLoad = () => loadWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-app-ready', 'data-preview-revision'] });
  if (document.documentElement) watchLoad(); else document.addEventListener('readystatechange', watchLoad, { once: true });
  // Keystrokes: the preview's own subtree, watched only while armed.
  const keystrokeWatch = new MutationObserver(() => {
    const pending = state.pending;
    if (pending === null) return;
    const view = preview();
    if (view === null || view.dataset.paginated !== 'true' || previewText(view) === pending.before) return;
    state.pending = null;
    const changed = performance.now() - pending.t0;
    requestAnimationFrame(() => { state.domSamples.push(changed); state.samples.push(performance.now() - pending.t0); flush(); });
  });
  const when = (test) => new Promise((resolve) => {
    const check = () => { const value = test(); if (value === null) return false; resolve(value); return true; };
    if (!check()) state.waiters.push(check);
  });
  window.__bench = {
    arm: (on) => {
      state.armed = on; state.pending = null; state.samples.length = 0; state.domSamples.length = 0;
      keystrokeWatch.disconnect();
      if (on) keystrokeWatch.observe(preview(), { attributes: true, childList: true, characterData: true, subtree: true });
    },
    samples: () => state.samples.slice(),
    domSamples: () => state.domSamples.slice(),
    waitForSamples: (count) => when(() => (state.samples.length >= count ? state.samples.length : null)),
    loadTimes: () => when(() => (state.readyAt !== null && state.previewAt !== null
      ? { ready: state.readyAt, preview: state.previewAt } : null)),
  };
})();`

/** The probes as the bench's Node side sees them through page.evaluate. */
export interface BenchProbes {
  readonly arm: (on: boolean) => void
  /** Keydown → frame after the preview showed the change. */
  readonly samples: () => number[]
  /** Keydown → the preview's DOM holding the change (before that frame). */
  readonly domSamples: () => number[]
  readonly waitForSamples: (count: number) => Promise<number>
  readonly loadTimes: () => Promise<{ readonly ready: number; readonly preview: number }>
}
export type ProbeGlobals = { readonly __bench: BenchProbes }
