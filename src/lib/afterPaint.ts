/** Runs `job` once after the next frame has been painted (rAF fires before paint, the task after it runs after);
 *  returns what cancels it. */
export function afterPaint(job: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { timer = setTimeout(job, 0); });
  return () => { cancelAnimationFrame(frame); clearTimeout(timer); };
}
