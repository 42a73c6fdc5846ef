import { readFile } from "node:fs/promises";
import type { APIRequestContext, Locator } from "@playwright/test";
import { z } from "zod";
import { expect, test } from "../support/fixtures.ts";
import { balancePenniesFrom, penniesFrom } from "../support/money.ts";
import { randomLetters } from "../support/persons.ts";
import { createEstate, letHome, openRentAccount, recordSuspensePayment } from "../support/properties.ts";
import { searchable } from "../support/search.ts";
import { signInAs } from "../support/sign-in.ts";

const ZAccounts = z.object({ results: z.object({ accounts: z.array(z.object({ paymentReference: z.string() })) }) });
const ZPayments = z.object({ results: z.object({ transactions: z.array(z.object({ id: z.string() })) }) });

// One test here resolves a payment: run this file's tests one after another, so the others count a stable list.
test.describe.configure({ mode: "default" });

type TTraceable = { id: string; paymentReference: string; amount: number; tenantName: string; accountNumber: string };

/**
 * A tenant's rent account and a payment from them that landed in suspense, its reference written as
 * the address: the officer traces it by the tenant's surname.
 */
async function traceablePayment(request: APIRequestContext, token: string): Promise<TTraceable> {
  const estate = await createEstate(request, [1]);
  const home = estate.blocks[0]?.homes[0];
  const tenure = await letHome(request, home?.id ?? "");
  await openRentAccount(request, tenure.id, { weeklyRent: 118.4, weeklyServiceCharge: 5.1, arrears: 250 });
  const { surname } = tenure.holder;
  const paymentReference = `RENT ${(home?.address ?? "").split(",").slice(0, 2).join("").toUpperCase()}`;
  const amount = 97.35;
  const { id } = await recordSuspensePayment(request, {
    paymentReference,
    amount,
    senderName: `MS M ${surname.toUpperCase()}`,
  });
  await searchable(
    request,
    token,
    {
      url: "/api/v1/search/accounts",
      params: { lookUpType: "TenantName", searchText: surname },
      found: (answer) => ZAccounts.parse(answer).results.accounts.map((account) => account.paymentReference),
    },
    [tenure.paymentReference],
  );
  await searchable(
    request,
    token,
    {
      url: "/api/v1/search/transactions",
      params: { isSuspense: "true", suspenseStatus: "AwaitingMatch", searchText: paymentReference },
      found: (answer) => ZPayments.parse(answer).results.transactions.map((transaction) => transaction.id),
    },
    [id],
  );
  return { id, paymentReference, amount, tenantName: surname, accountNumber: tenure.paymentReference };
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The value beside a key in a GOV.UK summary list. */
function summaryValue(scope: Locator, key: string): Locator {
  return scope
    .locator("div")
    .filter({
      has: scope
        .page()
        .getByRole("term")
        .filter({ hasText: new RegExp(`^${escaped(key)}$`) }),
    })
    .getByRole("definition");
}

/** The amounts column of the payments table, top to bottom, in pennies. */
async function amountsIn(table: Locator): Promise<number[]> {
  const rows = table.getByRole("rowgroup").nth(1).getByRole("row");
  const amounts: number[] = [];
  for (let index = 0; index < (await rows.count()); index += 1) {
    amounts.push(penniesFrom((await rows.nth(index).getByRole("cell").nth(1).textContent()) ?? ""));
  }
  return amounts;
}

function isInOrder(amounts: number[], direction: 1 | -1): boolean {
  return (
    amounts.length > 1 &&
    amounts.every((amount, index) => index === 0 || direction * (amount - (amounts[index - 1] ?? 0)) >= 0)
  );
}

test("a finance officer traces a suspense payment by the tenant's name and proposes it; a finance manager approves it and the balance moves by the payment", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("finance-officer");
  const payment = await traceablePayment(request, token);

  await page.goto("/");
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Suspense account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suspense account" })).toBeVisible();
  await page.getByLabel("Payment reference, sender or bank account").fill(payment.paymentReference);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/searchText=/);
  const payments = page.getByRole("table", { name: "Unresolved payments" });
  await payments
    .getByRole("link", { name: new RegExp(`^${escaped(payment.paymentReference)}`) })
    .first()
    .click();
  await expect(page).toHaveURL(`/finance/suspense/${payment.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Payment of £");
  await expect(page.getByText("Awaiting a match")).toBeVisible();

  // Proposing before choosing an account or writing a note names both problems.
  await page.getByRole("radio", { name: "Tenant name" }).check();
  await page.getByRole("textbox", { name: "Search for an account" }).fill(payment.tenantName);
  await page.getByRole("button", { name: "Search accounts" }).click();
  await expect(page.getByRole("status").filter({ hasText: /accounts? found/ })).toBeVisible();
  await page.getByRole("button", { name: "Propose match" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Select the account this payment belongs to");
  await expect(summary).toContainText("Enter a note saying why this is the right account");

  const candidates = page.getByRole("group", { name: "Which account does this payment belong to?" });
  const { accountNumber } = payment;
  await candidates.getByRole("radio", { name: new RegExp(`^${accountNumber}`) }).check();
  await page
    .getByRole("textbox", { name: "Why is this the right account?" })
    .fill("Sender is the tenant; the reference is mistyped");
  await page.getByRole("button", { name: "Propose match" }).click();

  await expect(page.getByRole("alert")).toContainText(`Match proposed to rent account ${accountNumber}`);
  await expect(page.getByRole("heading", { level: 2, name: "Proposed match, awaiting approval" })).toBeVisible();
  await expect(
    page.getByText("You proposed this match. A different finance manager must approve or reject it."),
  ).toBeVisible();
  const history = page.getByRole("list", { name: "Activity history" });
  await expect(history).toContainText(`Fiona Clarke proposed a match to rent account ${accountNumber}`);

  await signInAs(page, /Oliver Grant \(Finance manager\)/);
  await page.goto(`/finance/suspense/${payment.id}`);
  const proposal = page.getByRole("region", { name: "Proposed match, awaiting approval" });
  await expect(proposal).toContainText("Fiona Clarke");
  await expect(proposal).toContainText("Sender is the tenant; the reference is mistyped");
  const balanceBefore = summaryValue(proposal, "Balance now");
  await expect(balanceBefore).toHaveText(/£/);
  const before = balancePenniesFrom((await balanceBefore.textContent()) ?? "");
  await page.getByRole("textbox", { name: "Note (optional)" }).fill("Checked against the bank statement");
  await page.getByRole("button", { name: "Approve match" }).click();

  await expect(page.getByRole("alert")).toContainText("Match approved");
  const moved = page.getByRole("region", { name: "Moved to a rent account" });
  await expect(moved.getByRole("link", { name: new RegExp(`^${escaped(accountNumber)}`) })).toHaveAttribute(
    "href",
    /^\/tenures\//,
  );
  await expect(moved).toContainText("Approved by");
  const balanceNow = summaryValue(moved, "Account balance now");
  await expect(balanceNow).toHaveText(/£/);
  const after = balancePenniesFrom((await balanceNow.textContent()) ?? "");
  expect(after - before).toBe(Math.round(payment.amount * 100));
  await expect(history).toContainText(
    `Oliver Grant approved the match: the payment moved to rent account ${accountNumber}`,
  );

  await page.getByRole("link", { name: "Back to the suspense account" }).click();
  await page.getByLabel("Payment reference, sender or bank account").fill(payment.paymentReference);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status").filter({ hasText: /result|No unresolved/ })).toBeVisible();
  await expect(page.locator(`a[href="/finance/suspense/${payment.id}"]`)).toHaveCount(0);
});

test("the suspense list is filtered, sorted and paged from the address bar, and checks its filters first", async ({
  page,
  request,
  signedInAs,
}) => {
  // A page and a bit of payments from a sender of its own, listed alone: other tests add and
  // resolve suspense payments meanwhile, so the whole list's total would change under the download.
  const sender = randomLetters(10).toUpperCase();
  const paymentCount = 23;
  for (let i = 0; i < paymentCount; i += 1) {
    await recordSuspensePayment(request, {
      paymentReference: `REF ${randomLetters(8).toUpperCase()}`,
      amount: 5 + ((i * 7) % 23) * 13.37,
      senderName: `MR ${sender}`,
    });
  }
  await signedInAs("finance-manager");
  await page.goto(`/finance/suspense?searchText=${sender}&sortBy=transactionAmount&isDesc=false`);
  const payments = page.getByRole("table", { name: "Unresolved payments" });
  await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("amount");
  await expect.poll(async () => isInOrder(await amountsIn(payments), 1)).toBe(true);

  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Amount, largest first" });
  await expect(page).toHaveURL(/sortBy=transactionAmount/);
  await expect(page).not.toHaveURL(/isDesc=false/);
  await expect.poll(async () => isInOrder(await amountsIn(payments), -1)).toBe(true);

  // The download holds every unresolved payment, not only this page, in the order on screen.
  const status = page.getByRole("region", { name: "Unresolved payments" }).getByRole("status");
  await expect(status).toHaveText(new RegExp(`^Items 1–20 of ${paymentCount} results`));
  const downloadStarted = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download these payments as CSV" }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/^transactions-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header = "", ...rows] = (await readFile(await download.path(), "utf8")).slice(1, -2).split("\r\n");
  expect(header.split(",").slice(0, 3)).toEqual(["Date", "Type", "Amount"]);
  expect(rows).toHaveLength(paymentCount);
  const csvAmounts = rows.map((row) => Math.round(Number(row.split(",")[2]) * 100));
  expect(isInOrder(csvAmounts, -1)).toBe(true);

  await page.getByLabel("Payment reference, sender or bank account").fill("x");
  await page.getByRole("group", { name: "Received from" }).getByLabel("Day").fill("31");
  await page.getByRole("group", { name: "Received from" }).getByLabel("Month").fill("2");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Enter at least 2 characters to search");
  await expect(summary).toContainText("The start date must include a year");
  await expect(page).toHaveTitle(/^Error: /);

  await page.getByLabel("Payment reference, sender or bank account").fill("");
  await page.getByRole("group", { name: "Received from" }).getByLabel("Day").fill("");
  await page.getByRole("group", { name: "Received from" }).getByLabel("Month").fill("");
  await page.getByRole("radio", { name: "Match proposed, awaiting approval" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=Proposed/);
  // New filters move focus to the results once they are on screen. Back before then would find the
  // boxes as the officer set them, the list they asked for never having been shown.
  await expect(page.getByRole("heading", { name: "Unresolved payments" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: /result|No unresolved/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("radio", { name: "All unresolved payments" })).toBeChecked();
});

test("a housing officer cannot open the suspense account, and the API refuses them too", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  await page.goto("/");
  await expect(
    page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Suspense account" }),
  ).toHaveCount(0);

  await page.goto("/finance/suspense");
  await expect(
    page.getByRole("heading", { level: 1, name: "You do not have access to the suspense account" }),
  ).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.goto("/finance/suspense/00000000-0000-4000-8000-000000000000");
  await expect(
    page.getByRole("heading", { level: 1, name: "You do not have access to the suspense account" }),
  ).toBeVisible();

  const refused = await request.get("/api/v1/search/transactions", {
    params: { isSuspense: "true" },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(refused.status()).toBe(403);
});
