// The accounts service's HTML: a self-contained page, no scripts, no external assets.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{margin:0;min-height:100vh;display:grid;place-items:center;background:#121212;color:#f2f2f2;font:16px/1.5 system-ui,sans-serif}
main{max-width:26rem;width:calc(100% - 2rem);padding:2rem;background:#1e1e1e;border-radius:12px;box-shadow:0 8px 32px #0008}
h1{font-size:1.35rem;margin:0 0 1rem}p{margin:.5rem 0}ul{padding-left:1.25rem}.muted{color:#b3b3b3;font-size:.9rem}
.buttons{display:flex;gap:.75rem;margin-top:1.5rem}
button{flex:1;padding:.75rem 1rem;border-radius:999px;border:1px solid #727272;background:transparent;color:inherit;font:inherit;font-weight:700;cursor:pointer}
button[value=agree]{background:#1ed760;border-color:#1ed760;color:#000}
button:focus-visible{outline:3px solid #fff;outline-offset:2px}
code{word-break:break-all}`;

export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function htmlResponse(status: number, html: string): Response {
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // The page has no scripts; keep it that way, and keep it out of frames (clickjacking).
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    },
  });
}
