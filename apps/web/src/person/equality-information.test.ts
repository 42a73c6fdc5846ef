import { ZEqualityChanges } from "@housing/schemas/person-sensitive";
import { describe, expect, it } from "vitest";
import { equalityChangesFrom, equalityValuesFrom } from "./equality-information.ts";

describe("the equality information form", () => {
  it("languages are one a line, the main language first", () => {
    const values = equalityValuesFrom({
      personId: "6aaf7051-36c7-4b9f-89f6-10d85bad59af",
      gender: "Female",
      nationality: null,
      ethnicity: null,
      languages: [
        { language: "English", isPrimary: false },
        { language: "Yoruba", isPrimary: true },
      ],
      identifications: [],
      version: 2,
      modifiedAt: null,
      modifiedBy: null,
    });
    expect(values).toEqual({ gender: "Female", nationality: "", ethnicity: "", languages: "Yoruba\nEnglish" });
  });

  it("emptied boxes clear their fields and blank lines are not languages", () => {
    const changes = equalityChangesFrom({
      gender: " ",
      nationality: "Nigerian",
      ethnicity: "",
      languages: "Yoruba\n\n English ",
    });
    expect(ZEqualityChanges.parse(changes)).toEqual({
      gender: null,
      nationality: "Nigerian",
      ethnicity: null,
      languages: [
        { language: "Yoruba", isPrimary: true },
        { language: "English", isPrimary: false },
      ],
    });
  });
});
