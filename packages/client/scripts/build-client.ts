import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { checkDeclarations } from "./check-declarations.ts";
import { emitRouterTypes } from "./emit-router-types.ts";

// Builds dist/esm (ES modules) and dist/cjs (CommonJS), each with its declarations, from src/ with
// the server's AppRouter replaced by its plain-type declaration. The staged copy in .build/ is what
// gets compiled, so the build never reads server source.
const root = fileURLToPath(new URL("../", import.meta.url));
const staged = `${root}.build/`;
const dist = `${root}dist/`;

const shared: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  declaration: true,
  // tRPC's own declarations want Node's types; this package's sources are checked in full.
  skipLibCheck: true,
  rootDir: `${staged}src`,
};

function compile(files: string[], options: ts.CompilerOptions, what: string): void {
  const program = ts.createProgram(files, { ...shared, ...options });
  const result = options.noEmit ? undefined : program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...(result?.diagnostics ?? [])];
  if (diagnostics.length > 0 || result?.emitSkipped) {
    const host = {
      getCanonicalFileName: (name: string) => name,
      getCurrentDirectory: () => root,
      getNewLine: () => "\n",
    };
    throw new Error(`${what} failed:\n${ts.formatDiagnosticsWithColorAndContext(diagnostics, host)}`);
  }
}

rmSync(staged, { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
cpSync(`${root}src`, `${staged}src`, { recursive: true });
writeFileSync(`${staged}src/app-router.ts`, emitRouterTypes());

// The written-out router must be the server's router as a client sees it: every input, output and
// error shape assignable both ways.
writeFileSync(
  `${staged}router-agrees.ts`,
  `import type { inferRouterError, inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter as Server } from "@housing/api/app-router";
import type { AppRouter as Published } from "./src/app-router.ts";
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const inputs: Agree<inferRouterInputs<Published>, inferRouterInputs<Server>> = true;
export const outputs: Agree<inferRouterOutputs<Published>, inferRouterOutputs<Server>> = true;
export const errors: Agree<inferRouterError<Published>, inferRouterError<Server>> = true;
`,
);
compile(
  [`${staged}router-agrees.ts`],
  {
    noEmit: true,
    declaration: false,
    rootDir: undefined,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    exactOptionalPropertyTypes: false,
    skipLibCheck: true,
    types: ["node"],
    paths: { "@housing/api/app-router": [`${root}../../apps/api/src/composition/app-router.ts`] },
  },
  "The check that the published AppRouter matches the server's",
);

const sources = [`${staged}src/index.ts`];
compile(
  sources,
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, outDir: `${dist}esm` },
  "The ES module build",
);
compile(
  sources,
  { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, outDir: `${dist}cjs` },
  "The CommonJS build",
);
mkdirSync(`${dist}cjs`, { recursive: true });
// The package is "type": "module"; this marks dist/cjs's .js and .d.ts files as CommonJS.
writeFileSync(`${dist}cjs/package.json`, `${JSON.stringify({ type: "commonjs" })}\n`);
checkDeclarations(dist);
rmSync(staged, { recursive: true, force: true });
console.log("Built @housing/client into packages/client/dist (esm, cjs).");
