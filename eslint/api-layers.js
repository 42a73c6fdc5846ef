import path from "node:path";

/**
 * The API's folders, lowest first: a folder may import its own files and the folders before it,
 * never one after it. The domains are in the order they use each other (contact details check
 * addresses against assets; tenure derives person types; finance composes the property search).
 * Entry points (`*.cli.ts`) are composition roots too. A domain reads only its own repository.
 */
export const apiLayers = [
  "kernel",
  "auth",
  "common",
  "outbox",
  "asset",
  "contact-details",
  "person",
  "tenure",
  "cautionary-alert",
  "search",
  "finance",
  "health",
  "reporting",
  "import",
  "http",
  "openapi",
  "composition",
];

/** Search engines speak to their store only: no domain, however low. */
const engineFolders = ["search/postgres", "search/elasticsearch"];
const engineMayImport = ["kernel", "search/search-engine.port.ts", "search/search-text.ts", ...engineFolders];

/** Adapters are chosen and built in one place: the composition root (and entry points). */
const adapterModules = [
  "search/postgres/postgres-search-engine.ts",
  "search/elasticsearch/elasticsearch-search-engine.ts",
  "composition/select-search-engine.ts",
];

const apiRoot = path.resolve(import.meta.dirname, "../apps/api/src");

function sourcesOf(node) {
  if (
    node.type === "ImportDeclaration" ||
    node.type === "ExportAllDeclaration" ||
    node.type === "ExportNamedDeclaration"
  ) {
    return node.source ? [node.source] : [];
  }
  if (node.type === "ImportExpression" && node.source.type === "Literal") return [node.source];
  return [];
}

const noUpwardImport = {
  meta: {
    type: "problem",
    docs: { description: "An API folder imports only itself and the folders below it (eslint/api-layers.js)." },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const fromPath = path.relative(apiRoot, file);
    if (fromPath.startsWith("..") || /\.test\.ts$/.test(file) || fromPath.startsWith("testing/")) return {};
    const fromFolder = fromPath.split(path.sep)[0];
    const fromLayer = file.endsWith(".cli.ts") ? apiLayers.length : apiLayers.indexOf(fromFolder);
    const fromEngine = engineFolders.some((folder) => fromPath.startsWith(`${folder}/`));
    const check = (node) => {
      for (const source of sourcesOf(node)) {
        const specifier = String(source.value);
        if (!specifier.startsWith(".")) continue;
        const target = path.relative(apiRoot, path.resolve(path.dirname(file), specifier));
        if (target.startsWith("..")) continue;
        const targetFolder = target.includes(path.sep) ? target.split(path.sep)[0] : "(src)";
        const targetLayer = apiLayers.indexOf(targetFolder);
        if (fromLayer === -1 || targetLayer === -1) {
          context.report({
            node: source,
            message: `Put ${fromLayer === -1 ? fromPath : target} in a folder listed in eslint/api-layers.js.`,
          });
        } else if (targetLayer > fromLayer) {
          context.report({
            node: source,
            message: `${fromFolder}/ may not import ${targetFolder}/, which comes after it in eslint/api-layers.js: move the shared part down, or pass it in from composition/.`,
          });
        } else if (adapterModules.includes(target) && fromLayer < apiLayers.length - 1 && !fromEngine) {
          context.report({
            node: source,
            message: `Only composition/ builds adapters (${target}): take the port (search-engine.port.ts) as an argument.`,
          });
        } else if (target.endsWith(".repository.ts") && targetFolder !== fromFolder && fromLayer < apiLayers.length) {
          context.report({
            node: source,
            message: `Call ${targetFolder}'s domain functions, not its repository: only its own domain reads its tables.`,
          });
        } else if (
          fromEngine &&
          !engineMayImport.some((allowed) => target === allowed || target.startsWith(`${allowed}/`))
        ) {
          context.report({
            node: source,
            message: `A search engine imports no domain (${target}): the search domain hands it what it needs.`,
          });
        }
      }
    };
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const apiLayersPlugin = { rules: { "no-upward-import": noUpwardImport } };
