type Operation = {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean }[];
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** A plain, dependency-free reference page for the OpenAPI document (no CDN, no inline script). */
export function apiDocsPage(document: {
  info: { title: string; description: string };
  paths: Record<string, Record<string, unknown>>;
}): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const operation = raw as Operation;
      const parameters = (operation.parameters ?? [])
        .map((p) => `<li><code>${escapeHtml(p.name)}</code> (${p.in}${p.required ? ", required" : ""})</li>`)
        .join("");
      return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2>
        <p>${escapeHtml(operation.summary ?? "")}</p><p>${escapeHtml(operation.description ?? "")}</p>
        ${parameters ? `<ul>${parameters}</ul>` : ""}</section>`;
    }),
  );
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(document.info.title)}</title></head>
<body><main><h1>${escapeHtml(document.info.title)}</h1><p>${escapeHtml(document.info.description)}</p>
<p>The machine-readable document is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
${operations.join("\n")}</main></body></html>`;
}
