import { describe, expect, it } from "vitest";
import { describeBalance, formatMoney, isInArrears } from "./money.ts";

describe("money as staff read it", () => {
  it("pounds have a thousands separator and two decimal places", () => {
    expect(formatMoney(1234.56)).toBe("£1,234.56");
    expect(formatMoney(5)).toBe("£5.00");
    expect(formatMoney(0.4)).toBe("£0.40");
    expect(formatMoney(1_000_000)).toBe("£1,000,000.00");
  });

  it("amounts are rounded to the penny", () => {
    expect(formatMoney(79.165)).toBe("£79.17");
    expect(formatMoney(0.1 + 0.2)).toBe("£0.30");
  });

  it("a negative amount keeps its sign, but less than half a penny is never minus nothing", () => {
    expect(formatMoney(-12.5)).toBe("-£12.50");
    expect(formatMoney(-0.004)).toBe("£0.00");
  });
});

describe("a rent account balance in words", () => {
  it("a positive balance is in credit", () => {
    expect(describeBalance(1234.56)).toBe("£1,234.56 in credit");
    expect(describeBalance(0.03)).toBe("£0.03 in credit");
  });

  it("a negative balance is in arrears, shown without a minus sign", () => {
    expect(describeBalance(-210.4)).toBe("£210.40 in arrears");
    expect(describeBalance(-1500)).toBe("£1,500.00 in arrears");
  });

  it("a balance that rounds to nothing is neither in credit nor in arrears", () => {
    expect(describeBalance(0)).toBe("£0.00, nothing owed");
    expect(describeBalance(-0.004)).toBe("£0.00, nothing owed");
    expect(isInArrears(-0.004)).toBe(false);
  });

  it("only a balance below zero is arrears", () => {
    expect(isInArrears(-0.01)).toBe(true);
    expect(isInArrears(0.01)).toBe(false);
  });
});
