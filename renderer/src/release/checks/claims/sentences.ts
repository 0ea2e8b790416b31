/** A sentence of a paragraph, as offsets into the paragraph's text. */
export interface SentenceRange {
  readonly start: number
  readonly end: number
}

// Words after which a full stop does not end the sentence: "IEC Electronics Corp. announced".
const ABBREVIATIONS = new Set([
  'corp',
  'inc',
  'co',
  'ltd',
  'llc',
  'plc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'st',
  'no',
  'vs',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'u.s',
])

// A full stop, question or exclamation mark, closing quotes or brackets, then space and a capital,
// digit or quote, past the bars and dots of a pasted table or list ("last year. | · | Operating");
// or the space before a bullet ("• Revenue up 9% • EPS of $0.42"): each highlight
// is its own sentence, even run together on one line.
const BOUNDARY =
  /[.!?]["'\u201d\u2019)\]]*(?=\s+(?:[|\u00b7\u2022\u25aa\u25cf]\s*)*["'\u201c\u2018(]?[A-Z0-9$])|\s(?=[\u2022\u25aa\u25cf]\s)|\n/g

function endsWithAbbreviation(text: string, stop: number): boolean {
  let start = stop
  // An abbreviation is short: looking further back would make a long run of letters quadratic.
  while (start > 0 && stop - start < 12 && /[A-Za-z.]/.test(text.charAt(start - 1))) start -= 1
  const word = text.slice(start, stop).toLowerCase()
  // A single capital ("W. Barry Gilbert") is an initial, not a sentence.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)
}

/** Splits a paragraph into sentences; line breaks always end one. */
export function sentenceRanges(text: string): readonly SentenceRange[] {
  const ranges: SentenceRange[] = []
  let start = 0
  for (const match of text.matchAll(BOUNDARY)) {
    const stop = match.index
    if (match[0] !== '\n' && match[0].startsWith('.') && endsWithAbbreviation(text, stop)) continue
    const end = stop + match[0].length
    if (end > start) ranges.push({ start, end })
    start = end
  }
  if (start < text.length) ranges.push({ start, end: text.length })
  return ranges
}
