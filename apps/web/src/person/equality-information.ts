import type { TEqualityInformation, ZEqualityChanges } from "@housing/schemas/person-sensitive";
import type { z } from "zod";

export type TEqualityValues = { gender: string; nationality: string; ethnicity: string; languages: string };

export const identificationTypeLabels: Record<string, string> = {
  NationalInsurance: "National Insurance number",
  Passport: "Passport",
  DrivingLicence: "Driving licence",
  BirthCertificate: "Birth certificate",
  BiometricResidencePermit: "Biometric residence permit",
  EuSettledStatus: "EU settled status",
  Other: "Other document",
};

/** Languages are edited one a line, the person's main language first. */
export function equalityValuesFrom(information: TEqualityInformation): TEqualityValues {
  const languages = [...information.languages].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  return {
    gender: information.gender ?? "",
    nationality: information.nationality ?? "",
    ethnicity: information.ethnicity ?? "",
    languages: languages.map(({ language }) => language).join("\n"),
  };
}

/** The whole set, as the update expects it: an emptied box clears its field (null), not "leave as is". */
export function equalityChangesFrom(values: TEqualityValues): z.input<typeof ZEqualityChanges> {
  const orNull = (value: string) => (value.trim() === "" ? null : value);
  const languages = values.languages
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((language, index) => ({ language, isPrimary: index === 0 }));
  return {
    gender: orNull(values.gender),
    nationality: orNull(values.nationality),
    ethnicity: orNull(values.ethnicity),
    languages,
  };
}
