/** The periodicity argument, or undefined when missing or invalid. */
export function parsePeriodicity(arg: string | undefined): number | undefined {
  if (arg === undefined || !/^\d+$/.test(arg)) return undefined;
  const seconds = Number(arg);
  return seconds >= 1 && seconds <= 86_400 ? seconds : undefined;
}
