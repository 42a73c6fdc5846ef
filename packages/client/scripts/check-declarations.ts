import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** What the published files may import: the two tRPC packages a consumer installs with the client. */
const allowedPackages = new Set(["@trpc/client", "@trpc/server"]);

/**
 * Fails when a built file (declaration or JavaScript) imports anything but the tRPC packages or
 * another file of the package: no `@housing/*` workspace package, Prisma, Fastify or zod, and no
 * relative path out of `dist`.
 */
export function checkDeclarations(dist: string): void {
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(d\.ts|js)$/.test(file))
    .map((file) => path.join(dist, file));
  if (!files.some((file) => file.endsWith(".d.ts"))) throw new Error(`No declaration files in ${dist}`);
  const problems = files.flatMap((file) => problemsOf(file, dist));
  if (problems.length > 0) {
    throw new Error(`The built package would import what a consumer does not have:\n${problems.join("\n")}`);
  }
}

function problemsOf(file: string, dist: string): string[] {
  const text = readFileSync(file, "utf8");
  const info = ts.preProcessFile(text, true, true);
  const typeImports = [...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? "");
  const specifiers = [...info.importedFiles.map((entry) => entry.fileName), ...typeImports];
  const problems = specifiers
    .filter((specifier) => !allowed(specifier, file, dist))
    .map((specifier) => `  ${file}: "${specifier}"`);
  for (const reference of [...info.referencedFiles, ...info.typeReferenceDirectives, ...info.libReferenceDirectives]) {
    problems.push(`  ${file}: /// <reference> to "${reference.fileName}"`);
  }
  return problems;
}

function allowed(specifier: string, file: string, dist: string): boolean {
  if (!specifier.startsWith(".")) return allowedPackages.has(specifier);
  const target = path.resolve(path.dirname(file), specifier);
  const inside = !path.relative(dist, target).startsWith("..");
  const candidates = [target, target.replace(/\.js$/, ".d.ts"), `${target}.d.ts`, `${target}.js`];
  return inside && candidates.some((candidate) => existsSync(candidate));
}
