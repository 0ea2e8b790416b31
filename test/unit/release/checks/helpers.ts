import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { releaseToText } from '../../../../renderer/src/export/plain-text'
import { checkDraftText } from '../../../../renderer/src/release/checks/check-release'
import type { Finding } from '../../../../renderer/src/release/checks/finding'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { draftFromFigures } from '../../../../renderer/src/release/figures-file'
import type { FiguresFile } from '../../../../renderer/src/release/figures-file'
import {
  readFiguresFile,
  readReleaseDocument,
} from '../../../../renderer/src/release/load-document'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import type { RichText } from '../../../../renderer/src/release/narrative-schema'
import { releaseContent } from '../../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import type { FigureRow } from '../../../../renderer/src/release/figures-schema'
import { withRows } from '../../../support/figure-rows'

const ROOT = resolve(__dirname, '../../../..')
export const SAMPLE_RELEASE_PATH = resolve(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json')
export const SAMPLE_FIGURES_PATH = resolve(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')
export const SEED_TEXT_PATH = resolve(ROOT, 'test/fixtures/drafts/iec-q2-2006-seed.txt')

/** The sample release as the app opens it. */
export function sampleRelease(): ReleaseDocument {
  const loaded = readReleaseDocument(readFileSync(SAMPLE_RELEASE_PATH, 'utf8'))
  if (!loaded.ok) throw new Error(loaded.error)
  return loaded.value
}

export function sampleFigures(): FiguresFile {
  const loaded = readFiguresFile(readFileSync(SAMPLE_FIGURES_PATH, 'utf8'))
  if (!loaded.ok) throw new Error(loaded.error)
  return loaded.value
}

export function sampleFacts(): ReleaseFacts {
  return releaseFacts(sampleRelease())
}

/** The release as plain text, split into its paragraphs as a text draft would be. */
export function textParagraphsOf(document: ReleaseDocument): string[] {
  return releaseToText(releaseContent(document))
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
}

/**
 * A draft from the standard template with the company's own words filled in, as a user would
 * before sending: the template's bracketed placeholders are meant to be flagged until then.
 */
export function filledDraft(file: FiguresFile): ReleaseDocument {
  const draft = draftFromFigures(file)
  const plain = (text: string): RichText => rich.doc(rich.paragraph(text))
  return {
    ...draft,
    narrative: {
      ...draft.narrative,
      quote: {
        speaker: 'W. Barry Gilbert',
        title: 'Chairman of the Board and CEO',
        text: plain(
          'We added three new customers this quarter to the three we added last quarter.',
        ),
      },
      boilerplate: plain('IEC is a full service, ISO-9001 registered EMS provider.'),
      contact: rich.doc(
        rich.paragraph('Contact: Heather Keenan', rich.hardBreak(), '(315) 332-4262'),
      ),
    },
  }
}

export const errorsOf = (findings: readonly Finding[]): Finding[] =>
  findings.filter((entry) => entry.severity === 'error')

/** A short line per finding, for readable test failures. */
export const describeFindings = (findings: readonly Finding[]): string[] =>
  findings.map((entry) => `${entry.severity} ${entry.rule} "${entry.quote}": ${entry.message}`)

/** Facts for the sample's company and period with other figures, for cases the sample's figures cannot show. */
export function factsWith(
  figures: Readonly<Record<string, Partial<FigureRow> | undefined>>,
  change: Partial<Omit<FiguresFile, 'figures'>> = {},
): ReleaseFacts {
  const base = sampleFigures()
  const merged: FiguresFile['figures'] = withRows(base.figures, figures)
  return releaseFacts(filledDraft({ ...base, ...change, figures: merged }))
}

/** Checks one paragraph of typed text against the facts (the sample's by default). */
export function checkText(text: string, facts: ReleaseFacts = sampleFacts()): readonly Finding[] {
  return checkDraftText([text], facts)
}

/** The findings of one rule for one paragraph of typed text. */
export function ruleFindings(
  rule: Finding['rule'],
  text: string,
  facts: ReleaseFacts = sampleFacts(),
): readonly Finding[] {
  return checkText(text, facts).filter((entry) => entry.rule === rule)
}
