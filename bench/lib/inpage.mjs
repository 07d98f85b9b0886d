// Code that runs inside the page for measurement. Installed with addInitScript before any app script.

/**
 * Says on the console when every mark in `names` is set. The bench waits for that message rather than polling
 * with page.waitForFunction: Playwright's first evaluation in a page compiles its utility script (~15–20 ms on the
 * 2-core machine), and started at the load event it landed inside the window being measured, on either subject.
 */
export function announceMarks(names) {
  const seen = new Set();
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (names.includes(e.name)) seen.add(e.name);
    if (seen.size === names.length) { observer.disconnect(); console.debug('bench:marks'); }
  });
  observer.observe({ type: 'mark', buffered: true });
}

export function installProbes() {
  window.__longtasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* no longtask support: reported as not measured */ window.__longtasks = null; }

  /** A point inside `el` that hit-tests to it (paths' box centres can fall outside the shape). */
  window.__pointIn = (sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    for (let n = 1; n <= 12; n++)
      for (let i = 0; i <= n; i++)
        for (let j = 0; j <= n; j++) {
          const x = r.left + (r.width * (i + 0.5)) / (n + 1), y = r.top + (r.height * (j + 0.5)) / (n + 1);
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit === el || el.contains(hit))) return { x, y };
        }
    return null;
  };

  /**
   * Arms a measurement: on the next `type` event (capture phase), start the clock at the event's timestamp and
   * check `cond` at every animation frame; resolves with ms from the event to the first frame where it holds, that
   * frame's style and layout included.
   * `extraTime()` may return a later time at which an off-DOM painter (canvas) showed the change.
   */
  window.__arm = (type, condSrc, arg, timeout = 5000) => {
    const cond = new Function('arg', `return (${condSrc})(arg)`);
    window.__result = new Promise((resolve) => {
      const onEvent = (e) => {
        document.removeEventListener(type, onEvent, true);
        const t0 = e.timeStamp;
        window.__t0 = t0;
        const tick = () => {
          let now = performance.now();
          const ok = cond(arg);
          if (ok) {
            // The frame's style and layout, counted in every sample: Chromium runs them before the frame's callbacks
            // only when it updates the hover state first (a layout since its last update), else after them, and a
            // sample then stopped short of them (a third of a lens sequence's samples, traced in session 24). Forced
            // here, they cost what the frame would have spent on them, and nothing when already done.
            const f0 = performance.now();
            document.documentElement.getBoundingClientRect();
            now += performance.now() - f0;
            resolve(Math.max(now, typeof ok === 'number' ? ok : 0) - t0);
          } else if (now - t0 > timeout) resolve(null);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      };
      document.addEventListener(type, onEvent, true);
    });
  };

  /** Counts animation frames until stopped. */
  window.__frames = { n: 0, on: false, t0: 0, t1: 0 };
  window.__startFrames = () => {
    const f = window.__frames;
    Object.assign(f, { n: 0, on: true, t0: performance.now() });
    const loop = () => { if (!f.on) return; f.n++; f.t1 = performance.now(); requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  };
  window.__stopFrames = () => { const f = window.__frames; f.on = false; return { frames: f.n, ms: f.t1 - f.t0 }; };
}
