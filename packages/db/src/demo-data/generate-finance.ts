import type { TenureKind } from "../generated/prisma/client.ts";
import { dateOf, dayFromParts, mondayOnOrAfter, timestampOf } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";
import { formatOneLineAddress, type Dwelling } from "./generate-estates.ts";
import { penceToDecimal, writeLedger, type Movement } from "./generate-transactions.ts";
import { createRandom } from "./random.ts";
import { chargeCodes, fundByKind, type ChargeCode } from "./reference-data.ts";

export type RentAccountInput = {
  tenureId: string;
  paymentReference: string;
  kind: TenureKind;
  dwelling: Dwelling;
  startDay: number;
  endDay: number | null;
  /** As it appears on a bank statement, e.g. "MR J SMITH". */
  payerName: string;
};

type WeeklyCharge = { charge: ChargeCode; pence: number };

function weeklyCharges(ctx: DemoContext, kind: TenureKind, dwelling: Dwelling): WeeklyCharge[] {
  const { random } = ctx;
  const bedrooms = typeof dwelling.row.bedrooms === "number" ? dwelling.row.bedrooms : 1;
  const charges: WeeklyCharge[] = [];
  const add = (charge: ChargeCode, min: number, max: number) => charges.push({ charge, pence: random.int(min, max) });
  const block = dwelling.block;
  if (kind === "Leasehold") {
    add(chargeCodes.groundRent, 19, 192);
    if (block) add(chargeCodes.leaseholdService, 1500, 4500);
    else add(chargeCodes.estateCharge, 200, 600);
    if (random.chance(0.1)) add(chargeCodes.majorWorks, 1000, 6000);
    return charges;
  }
  if (kind === "Freehold") {
    add(chargeCodes.estateCharge, 100, 500);
    return charges;
  }
  if (kind === "Licence") add(chargeCodes.temporaryRent, 20_000 + bedrooms * 2500, 26_000 + bedrooms * 3500);
  else add(chargeCodes.dwellingRent, 8_500 + bedrooms * 1500, 9_800 + bedrooms * 1700 + (block ? 0 : 1500));
  if (block) {
    add(chargeCodes.blockCleaning, 200, 800);
    if (random.chance(0.7)) add(chargeCodes.estateCleaning, 100, 400);
    if (block.hasCommunalHeating) add(chargeCodes.heating, 800, 2000);
    if (block.hasConcierge) add(chargeCodes.concierge, 600, 1200);
    if (random.chance(0.5)) add(chargeCodes.aerial, 50, 120);
  }
  if (random.chance(0.08)) add(chargeCodes.garage, 1200, 2500);
  else if (random.chance(0.05)) add(chargeCodes.parking, 500, 1000);
  return charges;
}

type PaymentPlan = "directDebit" | "fullBenefit" | "partBenefit" | "bacs" | "cash" | "quarterly";

function paymentPlan(ctx: DemoContext, kind: TenureKind): PaymentPlan {
  if (kind === "Leasehold" || kind === "Freehold") {
    return ctx.random.weighted([
      ["directDebit", 6],
      ["quarterly", 3],
      ["bacs", 1],
    ] as const);
  }
  if (kind === "Licence")
    return ctx.random.weighted([
      ["fullBenefit", 5],
      ["partBenefit", 3],
      ["cash", 2],
    ] as const);
  return ctx.random.weighted([
    ["directDebit", 30],
    ["fullBenefit", 20],
    ["partBenefit", 20],
    ["bacs", 15],
    ["cash", 15],
  ] as const);
}

/** Every `step` days from `first` to `last`, both included. */
function everyDays(first: number, last: number, step: number): number[] {
  const days: number[] = [];
  for (let day = first; day <= last; day += step) days.push(day);
  return days;
}

function monthlyOn(from: number, to: number, dayOfMonth: number): number[] {
  const days: number[] = [];
  const start = dateOf(from);
  for (let m = 0; m < 14; m++) {
    const day = dayFromParts(start.getUTCFullYear(), start.getUTCMonth() + m, dayOfMonth);
    if (day > to) break;
    if (day >= from) days.push(day);
  }
  return days;
}

/** The payments an account's bank sends, as scheduled less those missed. */
type BankSchedule = { days: number[]; pence: number; source: string; senderName: string };

/** Payments a year on each plan's bank schedule; cash is paid at the counter and benefit by the council. */
const bankPaymentsPerYear: Readonly<Record<PaymentPlan, number>> = {
  directDebit: 12,
  fullBenefit: 0,
  partBenefit: 52,
  bacs: 26,
  cash: 0,
  quarterly: 4,
};

// The shared stream is drawn a fixed number of times per account, so the demo data's shape is the
// same on any as-of day; draws per payment date (their number follows the calendar) use `daily`.
function planMovements(
  ctx: DemoContext,
  input: RentAccountInput,
  weekly: number,
  from: number,
  to: number,
): Movement[] {
  const { random } = ctx;
  const daily = createRandom(random.int(0, 0xffffffff));
  const plan = paymentPlan(ctx, input.kind);
  // Most accounts pay what is due; some miss payments and fall into arrears, a few overpay.
  const missRate = random.weighted([
    [0, 60],
    [0.05, 20],
    [0.15, 12],
    [0.3, 8],
  ] as const);
  const overpay = random.chance(0.05) ? 1.05 : 1;
  const movements: Movement[] = [];
  const firstMonday = mondayOnOrAfter(from);
  const chargeDays = everyDays(firstMonday, to, 7);
  for (const day of chargeDays) movements.push({ day, order: 1, type: "Charge", source: "DEBIT", pence: -weekly });
  const due = chargeDays.length * weekly;
  let bank: BankSchedule | null = null;
  // Each schedule pays its share of what the year's charges add up to, spread over its dates.
  const pay = (days: number[], share: number, source: string) => {
    const pence = Math.round((due * share * overpay) / Math.max(1, days.length));
    const paid = days.filter(() => pence > 0 && !daily.chance(missRate));
    // Cash is taken at the counter against the account; only bank payments arrive with a reference
    // the system cannot match, and they carry the payer's name and bank details to trace them by.
    const senderName = source === "CASH" ? null : input.payerName;
    for (const day of paid) movements.push({ day, order: 2, type: "Payment", source, pence, senderName });
    if (source !== "CASH") {
      bank = { days: paid, pence: pence > 0 ? pence : Math.round(weekly * share), source, senderName: input.payerName };
    }
  };
  const benefit = (share: number) => {
    const days = everyDays(firstMonday + 7 * random.int(0, 2), to, 28);
    const pence = Math.round((due * share) / Math.max(1, days.length));
    for (const day of days) {
      movements.push({ day, order: 2, type: "HousingBenefit", source: "HB", pence, senderName: "HOUSING BENEFIT" });
    }
  };
  switch (plan) {
    case "directDebit":
      pay(monthlyOn(from, to, random.pick([1, 15, 28])), 1, "DD");
      break;
    case "fullBenefit":
      benefit(1);
      break;
    case "partBenefit": {
      const coverage = random.int(30, 90) / 100;
      benefit(coverage);
      pay(everyDays(firstMonday + 4, to, 7), 1 - coverage, random.chance(0.5) ? "CASH" : "BACS");
      break;
    }
    case "bacs":
      pay(everyDays(firstMonday + random.int(1, 4), to, 14), 1, "BACS");
      break;
    case "cash":
      pay(everyDays(firstMonday + random.int(0, 5), to, 7), 1, "CASH");
      break;
    case "quarterly":
      pay(everyDays(from + random.int(0, 20), to, 91), 1, "BACS");
      break;
  }
  if (input.startDay < ctx.windowStart) {
    const brought = random.weighted([
      [0, 40],
      [-random.int(100, 250_000), 12],
      [random.int(100, 30_000), 2],
    ] as const);
    if (brought !== 0) movements.push({ day: from, order: 0, type: "Adjustment", source: "BF", pence: brought });
  }
  const bankPayments = bank === null ? 0 : ((to - from + 1) / 365) * bankPaymentsPerYear[plan];
  strayPayments(ctx, movements, bank, bankPayments, from, to);
  return movements;
}

/**
 * About 1 % of bank payments carry a reference that matches no account and land in suspense. Their
 * number and days follow from the account's length of history alone, never from where the calendar
 * puts its payment dates, so every as-of day has the same suspense payments.
 */
function strayPayments(
  ctx: DemoContext,
  movements: Movement[],
  bank: BankSchedule | null,
  bankPayments: number,
  from: number,
  to: number,
): void {
  const { random } = ctx;
  const strays = Math.floor(bankPayments * 0.01 + random.next());
  const offsets = Array.from({ length: strays }, () => random.int(0, to - from));
  if (bank === null) return;
  for (const offset of offsets) {
    // The scheduled payment nearest that day is the one sent astray, so the account misses it.
    const day = from + offset;
    const nearest = bank.days.reduce<number | null>(
      (best, d) => (best === null || Math.abs(d - day) < Math.abs(best - day) ? d : best),
      null,
    );
    const index = movements.findIndex((m) => m.type === "Payment" && m.day === nearest && m.source === bank.source);
    if (index >= 0) movements.splice(index, 1);
    bank.days = bank.days.filter((d) => d !== nearest);
    const { source, pence, senderName } = bank;
    movements.push({ day: nearest ?? day, order: 2, type: "Payment", source, pence, senderName, suspense: true });
  }
}

/** One rent account per tenure, with its weekly charges and a year of transactions. */
export function addRentAccount(ctx: DemoContext, batch: DemoBatch, input: RentAccountInput): void {
  const { random } = ctx;
  const id = ctx.ids.uuid();
  const created = timestampOf(input.startDay, 9 * 60);
  const charges = weeklyCharges(ctx, input.kind, input.dwelling);
  for (const { charge, pence } of charges) {
    batch.charges.push({
      id: ctx.ids.uuid(),
      rentAccountId: id,
      chargeType: charge.chargeType,
      chargeCode: charge.code,
      description: charge.description,
      weeklyAmount: penceToDecimal(pence),
      startDate: dateOf(input.startDay),
      endDate: input.endDay === null ? null : dateOf(input.endDay),
      createdAt: created,
      createdBy: ctx.actor,
      modifiedAt: created,
    });
  }
  const weekly = charges.reduce((sum, c) => sum + c.pence, 0);
  const from = Math.max(input.startDay, ctx.windowStart);
  const to = Math.min(input.endDay ?? ctx.asOf, ctx.asOf);
  const movements = from <= to ? planMovements(ctx, input, weekly, from, to) : [];
  const masked = random.digits(2);
  const ledger = {
    rentAccountId: id,
    paymentReference: input.paymentReference,
    fund: fundByKind[input.kind],
    address: formatOneLineAddress(input.dwelling.lines, input.dwelling.postCode),
    bankAccountNumber: `******${masked}`,
    sortCode: `**-**-${random.digits(2)}`,
  };
  const balance = writeLedger(ctx, batch, ledger, movements, input.dwelling.lines[0] ?? "");
  batch.rentAccounts.push({
    id,
    tenureId: input.tenureId,
    rentAccountNumber: input.paymentReference,
    balance: penceToDecimal(balance),
    status: input.endDay !== null ? "Ended" : random.chance(0.02) ? "Suspended" : "Active",
    createdAt: created,
    createdBy: ctx.actor,
    modifiedAt: timestampOf(to >= from ? to : input.startDay, 6 * 60),
    modifiedBy: ctx.actor,
  });
}
