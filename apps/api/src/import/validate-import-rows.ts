import { z } from "zod";
import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { RawImportRow } from "./import-file-reader.ts";
import {
  importInputSchemas,
  isRecordType,
  type TImportRecord,
  type TImportRejection,
  ZImportRecord,
} from "./import-row.schemas.ts";

export type ValidatedRows = { records: TImportRecord[]; rejections: TImportRejection[] };

/** Every row against its record type's schema, before anything touches the database. */
export function validateImportRows(rows: readonly RawImportRow[]): ValidatedRows {
  const records: TImportRecord[] = [];
  const rejections: TImportRejection[] = [];
  for (const row of rows) {
    const outcome = validateImportRow(row);
    if ("record" in outcome) records.push(outcome.record);
    else rejections.push(...outcome.rejections);
  }
  return { records, rejections };
}

function validateImportRow(row: RawImportRow): { record: TImportRecord } | { rejections: TImportRejection[] } {
  const { type, recordType, ...fields } = row.fields;
  const named = type ?? recordType;
  const rejection = (path: string, message: string): TImportRejection => ({
    line: row.line,
    recordType: typeof named === "string" ? named : null,
    path,
    message,
  });
  if (type !== undefined && recordType !== undefined && type !== recordType) {
    return { rejections: [rejection("recordType", "The type and recordType disagree: send one of them")] };
  }
  const input = row.cellsAreText && isRecordType(named) ? typeCsvCells(importInputSchemas[named], fields) : fields;
  const parsed = ZImportRecord.safeParse({ type: named, input });
  if (parsed.success) return { record: { ...parsed.data, line: row.line } };
  return {
    rejections: fieldErrorsFromIssues(parsed.error.issues).map((error) =>
      rejection(error.path.replace(/^input(\.|$)/, ""), error.message),
    ),
  };
}

/**
 * CSV cells are all text: those the record's schema wants as numbers or booleans become them,
 * and anything else is left for the schema to judge (and name in its message).
 */
export function typeCsvCells(schema: z.core.$ZodType, value: unknown): unknown {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const shape: Record<string, z.core.$ZodType | undefined> = inner.shape;
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => {
        const fieldSchema = shape[key];
        return [key, fieldSchema ? typeCsvCells(fieldSchema, field) : field];
      }),
    );
  }
  if (inner instanceof z.ZodArray && Array.isArray(value))
    return value.map((item) => typeCsvCells(inner.element, item));
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (inner instanceof z.ZodNumber && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (inner instanceof z.ZodBoolean && /^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  return value;
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return unwrap(schema.unwrap());
  }
  return schema instanceof z.ZodPipe ? unwrap(schema.in) : schema;
}
