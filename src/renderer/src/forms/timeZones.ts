/** The zone this computer is set to, e.g. "America/Chicago". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every zone the browser knows, with `selected` added if the list leaves it out (Chromium omits "UTC"). */
export function timeZoneOptions(selected: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(selected) || !selected ? zones : [selected, ...zones];
}
