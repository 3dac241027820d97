// The floor: the least any app could do after the callback, as a bare page the static host
// serves at the callback address. It exchanges the code, asks for /me and the top tracks at
// once and writes the rows: no framework, no app code. Reads the pending sign-in the app wrote.

interface FloorUrls {
  accounts: string;
  api: string;
}

export function floorPage(urls: FloorUrls): string {
  const script = `(async () => {
    const pending = JSON.parse(sessionStorage.getItem('heavy-rotation:pending-sign-in'));
    const code = new URLSearchParams(location.search).get('code');
    const token = await (await fetch(${JSON.stringify(urls.accounts)} + '/api/token', {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: location.origin + location.pathname, client_id: pending.clientId, code_verifier: pending.verifier }),
    })).json();
    const headers = { Authorization: 'Bearer ' + token.access_token };
    const api = ${JSON.stringify(urls.api)};
    const [, top] = await Promise.all([
      fetch(api + '/me', { headers }).then((r) => r.json()),
      fetch(api + '/me/top/tracks?time_range=short_term&limit=50&offset=0', { headers }).then((r) => r.json()),
    ]);
    const list = document.createElement('ol');
    for (const track of top.items) {
      const row = document.createElement('li');
      row.className = 'track-row';
      row.textContent = track.name;
      list.append(row);
    }
    document.body.append(list);
  })();`;
  return `<!doctype html><html lang="en"><title>Floor</title><body><script>${script}</script></body></html>`;
}
