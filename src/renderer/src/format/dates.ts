/**
 * Dates and times as the practice reads them: in the practice's time zone (from its profile), in the
 * computer's language settings. Falls back to the computer's zone until the profile is loaded.
 */
export function formatDateTime(iso: string, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium", ...(timeZone ? { timeZone } : {}) }).format(date);
}

export function formatDate(iso: string, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", ...(timeZone ? { timeZone } : {}) }).format(date);
}
