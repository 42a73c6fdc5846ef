import { generateDemoBatches } from "./src/demo-data/generate-demo-data.ts";
import { dayOf } from "./src/demo-data/calendar.ts";
const rows: any[] = [];
for (const b of generateDemoBatches({ scale: 3000, seed: 1, asOf: dayOf(new Date("2026-12-01")), batchSize: 3000 })) rows.push(...b.transactions);
const names = Object.keys(rows[0]).filter((n) => n !== "createdBy" && n !== "modifiedBy");
const cache = new Map<number, string>();
const iso = (d: Date) => { const t = d.getTime(); let s = cache.get(t); if (s === undefined) { s = d.toISOString(); cache.set(t, s); } return s; };
const conv = names.map(() => { let lv: unknown, lt = ""; return (v: unknown) => { if (v !== lv) { lv = v; lt = v instanceof Date ? iso(v) : typeof v === "string" ? v : String(v); } return lt; }; });
function a() { let text = ""; for (const r of rows) { let line = ""; for (let f = 0; f < names.length; f++) { const v = r[names[f]!]; if (f) line += "\t"; line += v == null ? "\\N" : conv[f]!(v); } text += line + "\n"; } return Buffer.from(text).length; }
function b() { const lines: string[] = []; const parts: string[] = new Array(names.length); for (const r of rows) { for (let f = 0; f < names.length; f++) { const v = r[names[f]!]; parts[f] = v == null ? "\\N" : conv[f]!(v); } lines.push(parts.join("\t")); } return Buffer.from(lines.join("\n") + "\n").length; }
function c() { let buf = Buffer.allocUnsafe(1 << 24); let len = 0; for (const r of rows) { if (buf.length - len < 1 << 16) { const nb = Buffer.allocUnsafe(buf.length * 2); buf.copy(nb, 0, 0, len); buf = nb; } for (let f = 0; f < names.length; f++) { const v = r[names[f]!]; if (f) buf[len++] = 9; len += buf.write(v == null ? "\\N" : conv[f]!(v), len); } buf[len++] = 10; } return len; }
for (const [n, fn] of [["concat", a], ["join", b], ["buffer", c], ["concat", a], ["join", b], ["buffer", c]] as const) { const t = performance.now(); const l = fn(); console.log(n, rows.length, l, (performance.now() - t) | 0, "ms"); }
