import "./finance.scss";
import { describeBalance, isInArrears } from "./money.ts";

/** A balance in words, arrears in bold so they stand out in a list or a table; never broken across lines. */
export function Balance({ balance }: { balance: number }) {
  return isInArrears(balance) ? (
    <strong className="app-arrears app-no-break">{describeBalance(balance)}</strong>
  ) : (
    <span className="app-no-break">{describeBalance(balance)}</span>
  );
}
