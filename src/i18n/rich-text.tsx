import { Fragment, type ReactNode } from 'react';
import { tParts, type Message } from './i18n';

/**
 * A message with markup: tags in the message (`Read <link>Spotify's page</link>`) are rendered by
 * `tags`, and values may be elements (`works with {logo}`). The text itself is never parsed as HTML.
 */
export function T({
  msg,
  values,
  tags,
}: {
  msg: Message;
  values?: Record<string, ReactNode>;
  tags?: Record<string, (children: ReactNode) => ReactNode>;
}) {
  const wrapped: Record<string, (children: ReactNode[]) => ReactNode> = {};
  for (const [name, render] of Object.entries(tags ?? {})) {
    wrapped[name] = (children) => render(children.map((child, index) => <Fragment key={index}>{child}</Fragment>));
  }
  const parts = tParts<ReactNode>(msg, values ?? {}, wrapped);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
    </>
  );
}
