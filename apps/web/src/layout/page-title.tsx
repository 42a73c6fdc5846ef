export const serviceName = "Housing Platform";

/** Sets the document title (React hoists <title> into <head>); "Error: " first after a failed submit. */
export function PageTitle({ title, hasErrors = false }: { title: string; hasErrors?: boolean }) {
  return <title>{`${hasErrors ? "Error: " : ""}${title} – ${serviceName}`}</title>;
}
