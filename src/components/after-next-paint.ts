import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `callback` once the browser has painted the next frame: a frame callback runs before
 * that frame's paint, a task queued from it after. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** False on mount; true (as a transition) once the browser has painted the frame this mount produced. */
export function useAfterNextPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}
