import type { Finding } from '../../../renderer/src/release/checks/finding'
import type { ClaimsEval } from './eval-claims'
import { evalTotals, summaryLine } from './eval-claims'

const clip = (text: string, size = 110): string => {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= size ? flat : `${flat.slice(0, size - 1)}…`
}

const said = (finding: Finding): string =>
  `${finding.severity} ${finding.rule}: "${clip(finding.quote, 60)}": ${clip(finding.message, 200)}`

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) => cell.padEnd(widths[index] ?? 0))
    .join('  ')
    .trimEnd()
}

/** The eval's report, line by line: tables, then every miss and false error, then the summary line last. */
export function reportLines(result: ClaimsEval): readonly string[] {
  const lines: string[] = []
  const totals = evalTotals(result)
  const widths = [34, 7, 10, 10, 13, 9]
  lines.push(`Corpus: ${result.corpus}`)
  if (result.releases.length === 0)
    lines.push('  (no corpus releases found there: set CLAIMS_CORPUS to the releases folder)')
  lines.push(pad(['release', 'claims', 'caught', 'not judged', 'false errors', 'warnings'], widths))
  for (const entry of result.releases) {
    const judged = entry.caught.length + entry.missed.length
    lines.push(
      pad(
        [
          entry.release,
          String(entry.claims),
          `${entry.caught.length}/${judged}`,
          String(entry.notJudged.length),
          String(entry.falseErrors.length),
          String(entry.warnings),
        ],
        widths,
      ),
    )
  }
  lines.push(
    pad(
      [
        'all',
        String(totals.claims),
        `${totals.corpusCaught}/${totals.corpusTotal}`,
        String(totals.notJudged),
        String(totals.corpusFalseErrors),
        '',
      ],
      widths,
    ),
  )
  lines.push('', 'Inconsistent corpus claims missed:')
  for (const entry of result.releases)
    for (const missed of entry.missed)
      lines.push(`  ${entry.release}: "${clip(missed.claim.claim)}"`)
  lines.push('', 'Not judged (measure not in the release model):')
  for (const entry of result.releases)
    for (const skipped of entry.notJudged)
      lines.push(`  ${entry.release}: ${skipped.claim.metric}: "${clip(skipped.claim.claim)}"`)
  lines.push('', 'False errors on the corpus:')
  for (const entry of result.releases)
    for (const wrong of entry.falseErrors) {
      const on =
        wrong.claim === null
          ? 'no annotated claim'
          : `${wrong.claim.verdict_class} ${wrong.claim.metric}`
      lines.push(`  ${wrong.release} (${on}): ${said(wrong.finding)}`)
    }
  const unfound = result.releases.flatMap((entry) =>
    entry.notFound.map((claim) => `  ${entry.release}: "${clip(claim.claim, 80)}"`),
  )
  if (unfound.length > 0)
    lines.push(
      '',
      'Annotations the eval could not find in the text (described, not quoted):',
      ...unfound,
    )

  lines.push('', pad(['planted kind', 'caught', 'twins with false errors'], [20, 8, 24]))
  const kinds = [...new Set(result.planted.map((entry) => entry.entry.kind))]
  for (const kind of kinds) {
    const ran = result.planted.filter((entry) => entry.entry.kind === kind && entry.ran)
    const caught = ran.filter((entry) => entry.caughtBy.length > 0).length
    const wrong = ran.filter((entry) => entry.falseErrors.length > 0).length
    lines.push(pad([kind, `${caught}/${ran.length}`, String(wrong)], [20, 8, 24]))
  }
  lines.push(
    pad(
      ['all', `${totals.plantedCaught}/${totals.plantedTotal}`, String(totals.twinFalseErrors)],
      [20, 8, 24],
    ),
  )
  lines.push('', 'Planted mistakes missed:')
  for (const entry of result.planted) {
    if (!entry.ran || entry.caughtBy.length > 0) continue
    const got = entry.mistakeFindings.map(said).join(' | ') || 'no finding'
    lines.push(
      `  ${entry.entry.id} (${entry.entry.release}): "${clip(entry.entry.mistake.text)}" at "${entry.entry.mistake.words}"; got: ${got}`,
    )
  }
  lines.push('', 'False errors on the true twins:')
  for (const entry of result.planted)
    for (const wrong of entry.falseErrors)
      lines.push(
        `  ${entry.entry.id} (${entry.entry.release}): "${clip(entry.entry.truth.text)}": ${said(wrong)}`,
      )
  const notRun = result.planted.filter((entry) => !entry.ran)
  if (notRun.length > 0)
    lines.push(
      '',
      `Planted cases not run (their corpus release is not there): ${notRun.map((entry) => entry.entry.id).join(', ')}`,
    )
  const crashes = [
    ...result.releases
      .filter((entry) => entry.crash !== null)
      .map((entry) => `  ${entry.release}: ${entry.crash ?? ''}`),
    ...result.planted
      .filter((entry) => entry.crash !== null)
      .map((entry) => `  ${entry.entry.id}: ${entry.crash ?? ''}`),
  ]
  if (crashes.length > 0) lines.push('', 'The checker threw (counted as no finding):', ...crashes)
  lines.push('', summaryLine(totals))
  return lines
}
