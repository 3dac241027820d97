import type { Ref } from 'react';

/**
 * Placeholder rows sized like the real ones, so nothing shifts when data arrives. Each row is
 * one element (CSS draws its artwork and lines): the whole placeholder is removed the moment
 * the list arrives, and a few nodes cost less to take down than a few dozen.
 */
export function SkeletonList({ rows = 8, label, ref }: { rows?: number; label: string; ref?: Ref<HTMLDivElement> }) {
  return (
    <div className="skeleton-list" role="status" aria-live="polite" aria-label={label} ref={ref}>
      {Array.from({ length: rows }, (_, index) => (
        <div className="item-row skeleton-row" key={index} aria-hidden="true" />
      ))}
    </div>
  );
}
