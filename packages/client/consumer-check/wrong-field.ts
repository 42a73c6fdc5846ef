// Must NOT compile: the check fails if a misspelt input field or an unknown output field passes.
import { createHousingClient } from "@housing/client";

const client = createHousingClient({ url: "http://localhost:3000/trpc", token: "t" });

export async function misspeltInput(): Promise<void> {
  await client.person.get.query({ idd: "00000000-0000-4000-8000-000000000000" });
}

export async function unknownOutput(): Promise<string> {
  const person = await client.person.get.query({ id: "00000000-0000-4000-8000-000000000000" });
  return person.nickname;
}
