/**
 * Words that show a note records medical information about the client. Alaska needs a HIPAA
 * release for any client "that we receive or release medical information on" (003 §18); the
 * lint warns when such a word is in a note and no release is on file. The list is a default an
 * agency can replace (pass `medicalTerms` to the lint); it errs on the side of fewer, clearer
 * words, because a warning on every note teaches workers to ignore warnings. Matching is
 * case-insensitive on whole words.
 */
export const DEFAULT_MEDICAL_TERMS: readonly string[] = [
  // diagnosis and treatment
  'diagnosis', 'diagnosed', 'medication', 'medications', 'prescription', 'prescribed', 'surgery', 'hospital',
  'hospitalized', 'hospitalization', 'emergency room', 'chemotherapy', 'physician', 'medical condition',
  // conditions
  'pregnant', 'pregnancy', 'cancer', 'diabetes', 'seizure', 'seizures', 'HIV', 'hepatitis',
  // mental health and substance use
  'mental health', 'mental illness', 'psychiatric', 'psychiatrist', 'therapist', 'depression', 'anxiety',
  'bipolar', 'PTSD', 'schizophrenia', 'substance use disorder', 'SUD', 'addiction', 'alcoholism', 'detox',
  'rehab', 'methadone', 'suboxone',
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface TermHit {
  term: string;
  start: number;
  end: number;
}

/** Whole-word, case-insensitive hits; spaces in a term match any run of white space. */
export function findTerms(text: string, terms: readonly string[] = DEFAULT_MEDICAL_TERMS): TermHit[] {
  const usable = terms.map((t) => t.trim()).filter((t) => t.length >= 2);
  if (!usable.length) return [];
  // Longest first, so "substance use disorder" wins over a shorter term inside it.
  const alternatives = [...usable].sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/\s+/g, '\\s+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ term: m[0], start: m.index, end: m.index + m[0].length }));
}
