/**
 * The clauses of a note: sentences, semicolon parts and the parts around " - " or "but"; with
 * `commas`, comma parts too. Saying a TCM service was provided is judged per comma part
 * ("Participant did not have childcare, coach developed case plan"); whether a note is of a
 * kind is judged per sentence ("Called for retention check-in, no answer, left message").
 */
export function clauses(text: string, opts: { commas?: boolean } = {}): string[] {
  const split = opts.commas ? /[.;:!?\n,]|\s[-–—]\s|\bbut\b/i : /[.;!?\n]|\s[-–—]\s|\bbut\b/i;
  return text
    .split(split)
    .map((c) => c.trim())
    .filter(Boolean);
}
