import type { ClaimContext } from './context'
import { measureBefore } from './context'
import type { MeasureToken } from './word-tokens'

/**
 * What a claim speaks of. `token` is the measure named for it (undefined when the sentence names
 * none); `periodAt` is where its period words end, as "six-month revenue" names the period inside
 * the subject.
 */
export interface ClaimSubject {
  readonly token: MeasureToken | undefined
  readonly periodAt: number
}

// "an increase in", "a 5% decrease in": the noun's subject is the phrase after "in", not a measure before.
const NOUN_IN =
  /^\s*(?:(?:increases?|decreases?|declines?|rises?|gains?|drops?|growth|improvements?|reductions?)\s+)?in\s+/i
const DIRECTION_NOUN = /^(?:increases?|decreases?|declines?|improvement)$/i
// The phrase after "in" ends at a clause break or where a figure or another phrase starts.
const PHRASE_END =
  /[,;:()]|\s(?:of|from|to|compared|versus|over|was|were|is|are|due|because|and|which|that)\s/i

const PERIOD_PHRASE =
  /^(?:the\s+|this\s+|our\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|latest|most\s+recent|current|same|prior|previous|last|fiscal)\s+)*(?:quarters?|period|year|half|months?|weeks?|comparison|(?:19|20)\d{2}|Q[1-4]|fiscal|three|six|nine|twelve)\b/i

/**
 * The measure named in the noun phrase after "in"; undefined when the phrase is a period ("in the
 * second quarter"), so the subject is the measure before; null when it names something else.
 */
function subjectAfterIn(context: ClaimContext, inEnd: number): ClaimSubject | null | undefined {
  const text = context.paragraph.text
  const rest = text.slice(inEnd, Math.min(context.sentence.range.end, inEnd + 80))
  const stop = PHRASE_END.exec(rest)
  const phraseEnd = inEnd + (stop?.index ?? rest.length)
  const token = context.sentence.measures.find(
    (entry) => entry.start >= inEnd && entry.start < phraseEnd,
  )
  if (token !== undefined) return { token, periodAt: token.end }
  // "a 56% increase in the second quarter", "in comparison with": a period, not a subject.
  return PERIOD_PHRASE.test(rest) ? undefined : null
}

// Words that may stand between a measure and its verb without naming a new subject.
const SAME_SUBJECT =
  /^(?:quarters?|months?|years?|period|periods|half|halves|weeks?|date|ago|earlier|completed|closed|concluded|just|current|recent|latest|before|basis|fiscal|ended|ending|ytd|million|billion|thousand|share|shares|percent|cents?|total|overall|alone|combined|together|reported|respectively|january|february|march|april|may|june|july|august|september|october|november|december)$/i
const COPULA_OR_ADVERB =
  /^(?:were|was|is|are|has|have|had|been|be|also|again|slightly|significantly|substantially|sharply|modestly|strongly|further|each|both|all|then|more|than|nearly|almost|approximately|about|roughly|over)$/i

/**
 * True when a new subject stands between the measure and the verb: in "sales rose 6% and
 * underlying volumes were down 1%", "down" is said of volumes, not of sales.
 */
function newSubjectBetween(context: ClaimContext, named: MeasureToken, verbStart: number): boolean {
  const between = context.paragraph.text.slice(named.end, verbStart)
  const words = between.split(/\s+/).filter((word) => word !== '')
  while (words.length > 0 && COPULA_OR_ADVERB.test(words[words.length - 1] ?? '')) words.pop()
  // "operating income increased 38% from … and increased 14% from …": a second verb of the same subject.
  if (words.length > 0 && /^(?:and|but|yet)$/i.test(words[words.length - 1] ?? '')) words.pop()
  const last = words[words.length - 1]
  // Right after the measure, or after punctuation ("EPS of $0.30, up 30%"): no verb with its own subject.
  if (last === undefined || !/^[A-Za-z][A-Za-z'\u2019&-]*$/.test(last)) return false
  // "second-quarter", "year-to-date": a hyphenated word is judged by its last part.
  const bare =
    last
      .replace(/['\u2019]s$/i, '')
      .toLowerCase()
      .split('-')
      .pop() ?? ''
  return !SAME_SUBJECT.test(bare) && !context.index.companyWords.has(bare)
}

const VERB =
  /^(?:increased|decreased|rose|risen|fell|fallen|grew|grown|declined|improved|narrowed|widened|doubled|tripled|up|down|ahead|behind)$/i

/** True for a direction word that is a verb ("sales rose"), not a noun ("an increase of 5%"). */
export function isVerb(word: string): boolean {
  return VERB.test(word)
}

// "…, compared with an operating income of $0 in the same quarter in fiscal 2025 and narrowed",
// "swung to an operating loss of $1 from an operating income of $1 … and narrowed": the measure
// after "compared with" or "from" is the earlier figure, and the verb after "and" is the clause's own.
const COMPARED_BEFORE =
  /\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s+(?:(?:a|an|the)\s+)?$/i
const AND_BEFORE_VERB = /\band\s+$/i

/**
 * The clause's own naming of the measure when the nearest one names the earlier figure it was
 * compared with: "operating loss was $1, compared with an operating income of $0 … and narrowed"
 * speaks of the operating loss, whose sign words decide what the verb and its amounts mean.
 */
function clauseSubject(context: ClaimContext, named: MeasureToken, verbStart: number): MeasureToken {
  const text = context.paragraph.text
  if (!AND_BEFORE_VERB.test(text.slice(named.end, verbStart))) return named
  const from = Math.max(context.sentence.range.start, named.start - 40)
  const compared = COMPARED_BEFORE.exec(text.slice(from, named.start))
  if (compared === null) return named
  const earlier = measureBefore(context, from + compared.index)
  return earlier !== undefined && earlier.measure === named.measure ? earlier : named
}

/**
 * The subject of a claim whose words run from start to end, the verb (if any) starting at
 * verbStart; null when the claim speaks of something the sentence names that is not a measure
 * ("an increase in research and development costs", "underlying volumes were down 1%").
 */
export function claimSubject(
  context: ClaimContext,
  claim: { readonly start: number; readonly end: number; readonly word?: string },
  verbStart: number | null,
): ClaimSubject | null {
  const noun = NOUN_IN.exec(context.paragraph.text.slice(claim.end, claim.end + 30))
  const isNoun =
    claim.word === undefined
      ? noun !== null && noun[0].trim() !== 'in'
      : DIRECTION_NOUN.test(claim.word)
  if (noun !== null && isNoun) {
    const inPhrase = subjectAfterIn(context, claim.end + noun[0].length)
    if (inPhrase !== undefined) return inPhrase
  }
  const named = measureBefore(context, claim.start)
  if (named === undefined) return { token: undefined, periodAt: claim.start }
  if (verbStart !== null && newSubjectBetween(context, named, verbStart)) return null
  const token = verbStart === null ? named : clauseSubject(context, named, verbStart)
  return { token, periodAt: claim.start }
}
