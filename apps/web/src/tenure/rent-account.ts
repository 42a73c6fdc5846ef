import type { TTenure } from "@housing/schemas/tenure";
import { chargeLabels } from "../finance/money.ts";

type TRentAccount = NonNullable<TTenure["rentAccount"]>;

/** The weekly charges in the order finance staff read them, the total last. */
export function weeklyChargeRows(
  charges: TRentAccount["weeklyCharges"],
): { label: string; amount: number; isTotal: boolean }[] {
  return [
    { label: chargeLabels.dwellingRent, amount: charges.dwellingRent, isTotal: false },
    { label: chargeLabels.nonDwellingRent, amount: charges.nonDwellingRent, isTotal: false },
    { label: chargeLabels.serviceCharges, amount: charges.serviceCharges, isTotal: false },
    { label: chargeLabels.rentalServiceCharges, amount: charges.rentalServiceCharges, isTotal: false },
    { label: "Total", amount: charges.total, isTotal: true },
  ];
}
