// A small, self-contained GraphQL console for development: no CDN (the machine may be offline).
export const IDE_HTML = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>GraphQL-console · Participatiemonitor</title>
<style>
body{font:14px system-ui,sans-serif;margin:0;display:grid;grid-template-rows:auto 1fr;height:100vh}
header{padding:8px 12px;background:#1d3557;color:#fff;display:flex;gap:12px;align-items:center}
main{display:grid;grid-template-columns:1fr 1fr;gap:8px;padding:8px;min-height:0}
textarea,pre{width:100%;box-sizing:border-box;font:13px ui-monospace,monospace;border:1px solid #999;padding:8px;margin:0}
.col{display:grid;grid-template-rows:2fr auto 1fr;gap:6px;min-height:0}
pre{overflow:auto;background:#f6f6f6}
button{font:inherit;padding:4px 12px}
</style></head><body>
<header><strong>GraphQL-console</strong><span>Alleen in ontwikkelmodus. Ctrl+Enter voert uit.</span>
<button id="run" type="button">Uitvoeren</button></header>
<main><div class="col"><label>Query<textarea id="q" rows="18">{ me { displayName role } municipalities(take: 20) { totalItems items { cbsCode name } } }</textarea></label>
<label>Variabelen (JSON)<textarea id="v" rows="4">{}</textarea></label><span></span></div>
<pre id="out" aria-live="polite"></pre></main>
<script src="/ide/ide.js"></script></body></html>`;

// Served as a file so the console works under the strict content security policy (no inline script).
export const IDE_JS = `const run = async () => {
  const out = document.getElementById('out');
  let variables = {};
  try { variables = JSON.parse(document.getElementById('v').value || '{}'); }
  catch (e) { out.textContent = 'Variabelen zijn geen geldige JSON: ' + e.message; return; }
  out.textContent = 'Bezig…';
  const res = await fetch('/graphql', { method: 'POST', credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.getElementById('q').value, variables }) });
  out.textContent = JSON.stringify(await res.json(), null, 2);
};
document.getElementById('run').addEventListener('click', run);
document.addEventListener('keydown', (e) => { if (e.ctrlKey && e.key === 'Enter') run(); });
`;
