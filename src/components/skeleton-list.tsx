/** Placeholder rows sized like the real ones, so nothing shifts when data arrives. */
export function SkeletonList({ rows = 8, label }: { rows?: number; label: string }) {
  return (
    <div className="skeleton-list" role="status" aria-live="polite" aria-label={label}>
      {Array.from({ length: rows }, (_, index) => (
        <div className="item-row skeleton" key={index} aria-hidden="true">
          <span className="rank" />
          <span className="artwork skeleton-block" />
          <span className="skeleton-lines">
            <span className="skeleton-line" />
            <span className="skeleton-line short" />
          </span>
        </div>
      ))}
    </div>
  );
}
