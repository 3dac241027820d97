import type { ReactNode } from 'react';

export interface ErrorPanelProps {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

/** An error in the place where it happened, with a way forward. */
export function ErrorPanel({ title, children, actions }: ErrorPanelProps) {
  return (
    <section className="error-panel" role="alert">
      <h2>{title}</h2>
      <div className="error-body">{children}</div>
      {actions ? <div className="error-actions">{actions}</div> : null}
    </section>
  );
}
