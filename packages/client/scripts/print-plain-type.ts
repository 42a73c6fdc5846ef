import ts from "typescript";

/**
 * Writes a type out in full as a TypeScript type expression that names nothing but built-in types
 * (`string`, literals, `Date`, arrays, object literals…), so a declaration file holding it imports
 * nothing: the API's zod schemas, Prisma rows and helper aliases all become the plain shapes they
 * stand for. A recursive type (an asset's children) becomes a named alias in `declarations`. A type
 * it cannot write that way (a function, a symbol key) stops the build with the path where it was
 * found, rather than slipping an import into the package.
 */
export class PlainTypePrinter {
  /** The object types being written, and where each was met. */
  private readonly inProgress = new Map<ts.Type, string>();
  private readonly names = new Map<ts.Type, string>();
  private readonly declarationBodies = new Map<string, string>();

  constructor(private readonly checker: ts.TypeChecker) {}

  print(type: ts.Type, where: string): string {
    return this.printAt(type, where, "");
  }

  /** `type Name = …;` for each recursive type the printed types refer to by name. */
  declarations(): string[] {
    return [...this.declarationBodies].map(([name, body]) => `type ${name} = ${body};`);
  }

  private fail(where: string, type: ts.Type, why: string): never {
    throw new Error(`${where}: cannot write ${this.checker.typeToString(type)} as a plain type (${why})`);
  }

  private printAt(type: ts.Type, where: string, indent: string): string {
    const flags = type.flags;
    if (flags & ts.TypeFlags.Any) return "any";
    if (flags & ts.TypeFlags.Unknown) return "unknown";
    if (flags & ts.TypeFlags.Never) return "never";
    if (flags & ts.TypeFlags.Void) return "void";
    if (flags & ts.TypeFlags.Undefined) return "undefined";
    if (flags & ts.TypeFlags.Null) return "null";
    if (flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.BigInt)) {
      return this.checker.typeToString(type);
    }
    if (flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral)) {
      return this.checker.typeToString(type);
    }
    if (flags & ts.TypeFlags.TemplateLiteral) return this.printTemplate(type as ts.TemplateLiteralType, where, indent);
    if (flags & ts.TypeFlags.NonPrimitive) return "object";
    if (type.isUnion()) return this.printUnion(type, where, indent);
    if (type.isIntersection()) return type.types.map((member) => this.wrap(member, where, indent)).join(" & ");
    if (flags & ts.TypeFlags.Object) return this.printObject(type as ts.ObjectType, where, indent);
    return this.fail(where, type, `type flags ${flags}`);
  }

  private printTemplate(type: ts.TemplateLiteralType, where: string, indent: string): string {
    const parts = type.types.map(
      (part, index) => `\${${this.printAt(part, where, indent)}}${escapeTemplate(type.texts[index + 1] ?? "")}`,
    );
    return `\`${escapeTemplate(type.texts[0] ?? "")}${parts.join("")}\``;
  }

  private printUnion(type: ts.UnionType, where: string, indent: string): string {
    const members = type.types;
    const hasTrue = members.some((member) => this.checker.typeToString(member) === "true");
    const hasFalse = members.some((member) => this.checker.typeToString(member) === "false");
    const collapsed = hasTrue && hasFalse;
    const printed = members
      .filter((member) => !(collapsed && member.flags & ts.TypeFlags.BooleanLiteral))
      .map((member) => this.wrap(member, where, indent));
    return [...printed, ...(collapsed ? ["boolean"] : [])].join(" | ");
  }

  /** A member of a union, intersection or array: parenthesised when it is itself a union or intersection. */
  private wrap(type: ts.Type, where: string, indent: string): string {
    const printed = this.printAt(type, where, indent);
    return type.isUnion() || type.isIntersection() ? `(${printed})` : printed;
  }

  private printObject(type: ts.ObjectType, where: string, indent: string): string {
    if (this.checker.isTupleType(type)) {
      const elements = this.checker.getTypeArguments(type as ts.TypeReference);
      return `[${elements.map((element, index) => this.printAt(element, `${where}[${index}]`, indent)).join(", ")}]`;
    }
    if (this.checker.isArrayType(type)) {
      const [element] = this.checker.getTypeArguments(type as ts.TypeReference);
      if (!element) return this.fail(where, type, "an array without an element type");
      const name = type.getSymbol()?.getName() === "ReadonlyArray" ? "ReadonlyArray" : "Array";
      return `${name}<${this.printAt(element, `${where}[]`, indent)}>`;
    }
    if (type.getSymbol()?.getName() === "Date" && this.isGlobal(type.getSymbol())) return "Date";
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) {
      return this.fail(where, type, "a function");
    }
    const existingName = this.names.get(type);
    if (existingName) return existingName;
    const firstSeenAt = this.inProgress.get(type);
    if (firstSeenAt !== undefined) return this.nameOf(type, firstSeenAt);
    this.inProgress.set(type, where);
    try {
      const body = this.printMembers(type, where, "");
      const name = this.names.get(type);
      if (!name) return indentLines(body, indent);
      this.declarationBodies.set(name, body);
      return name;
    } finally {
      this.inProgress.delete(type);
    }
  }

  /** A name for a type that contains itself, from the property holding it (`assets[]` → `AssetsItem`). */
  private nameOf(type: ts.Type, where: string): string {
    const property = /(\w+)(\[\])?$/.exec(where);
    const base = property?.[1]
      ? `${property[1].charAt(0).toUpperCase()}${property[1].slice(1)}${property[2] ? "Item" : ""}`
      : "Node";
    let name = base;
    for (let suffix = 2; [...this.names.values()].includes(name); suffix++) name = `${base}${suffix}`;
    this.names.set(type, name);
    return name;
  }

  private printMembers(type: ts.ObjectType, where: string, indent: string): string {
    const inner = `${indent}  `;
    const lines = this.checker.getIndexInfosOfType(type).map((info) => {
      const key = this.printAt(info.keyType, where, inner);
      return `${inner}${info.isReadonly ? "readonly " : ""}[key: ${key}]: ${this.printAt(info.type, `${where}[${key}]`, inner)};`;
    });
    for (const property of this.checker.getPropertiesOfType(type)) {
      const name = property.getName();
      if (name.startsWith("__@")) return this.fail(where, type, `the symbol-keyed property ${name}`);
      const optional = property.flags & ts.SymbolFlags.Optional ? "?" : "";
      const readonly = this.isReadonly(property) ? "readonly " : "";
      const propertyType = this.checker.getTypeOfSymbol(property);
      lines.push(
        `${inner}${readonly}${propertyKey(name)}${optional}: ${this.printAt(propertyType, `${where}.${name}`, inner)};`,
      );
    }
    return lines.length === 0 ? "{}" : `{\n${lines.join("\n")}\n${indent}}`;
  }

  private isGlobal(symbol: ts.Symbol | undefined): boolean {
    return (symbol?.getDeclarations() ?? []).every((declaration) => declaration.getSourceFile().hasNoDefaultLib);
  }

  private isReadonly(property: ts.Symbol): boolean {
    return (property.getDeclarations() ?? []).some(
      (declaration) => (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly) !== 0,
    );
  }
}

export function indentLines(text: string, indent: string): string {
  return text.replaceAll("\n", `\n${indent}`);
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function escapeTemplate(text: string): string {
  return text.replace(/[`\\$]/g, (character) => `\\${character}`);
}
