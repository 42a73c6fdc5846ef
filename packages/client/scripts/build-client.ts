import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { checkDeclarations } from "./check-declarations.ts";
import { checkedFile, emitRouterTypes, failOnDiagnostics, workspaceOptions } from "./emit-router-types.ts";

// Builds dist/esm (ES modules) and dist/cjs (CommonJS), each with its declarations, from src/ with
// the server's AppRouter replaced by its plain-type declaration. The staged copy in .build/ is what
// gets compiled, so what is compiled and published holds no server source.
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
  const result = program.emit();
  failOnDiagnostics([...ts.getPreEmitDiagnostics(program), ...result.diagnostics], what);
  if (result.emitSkipped) throw new Error(`${what} wrote nothing`);
}

rmSync(staged, { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
cpSync(`${root}src`, `${staged}src`, { recursive: true });
const { declaration, procedures } = emitRouterTypes();
writeFileSync(`${staged}src/app-router.ts`, declaration);

// The written-out router must be the server's router as a client sees it: each procedure's input
// and output, and the error shape, assignable both ways (a failure names the procedure).
const agreements = procedures.flatMap((names) => {
  const key = names.map((name) => `[${JSON.stringify(name)}]`).join("");
  return (["Inputs", "Outputs"] as const).map(
    (side) =>
      `export const ${side.toLowerCase()}_${names.join("_")}: Agree<infer${side}<Published>${key}, infer${side}<Server>${key}> = true;`,
  );
});
writeFileSync(
  `${staged}router-agrees.ts`,
  [
    'import type { inferRouterError, inferRouterInputs as inferInputs, inferRouterOutputs as inferOutputs } from "@trpc/server";',
    'import type { AppRouter as Server } from "@housing/api/app-router";',
    'import type { AppRouter as Published } from "./src/app-router.ts";',
    "type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
    "export const errors: Agree<inferRouterError<Published>, inferRouterError<Server>> = true;",
    ...agreements,
    "",
  ].join("\n"),
);
checkedFile(
  `${staged}router-agrees.ts`,
  { ...workspaceOptions(), noEmit: true },
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
