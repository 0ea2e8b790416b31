/**
 * Builds the second sample release, assets/samples/northfield-q3-2026.release.json, from its figures
 * file (a fictional company, version 2: two revenue segments, gross profit and margin, operating
 * income, adjusted diluted EPS) with the standard template, as `draft` writes it, then fills in the
 * company's own words: quote, boilerplate and contact.
 *
 * Run: npx tsx test/support/make-second-sample.ts   (a test checks the committed file matches)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { draftFromFigures } from '../../renderer/src/release/figures-file'
import { readFiguresFile, serializeReleaseDocument } from '../../renderer/src/release/load-document'
import { rich } from '../../renderer/src/release/narrative-builders'

const ROOT = resolve(__dirname, '../..')
export const SECOND_SAMPLE_FIGURES = resolve(ROOT, 'assets/samples/northfield-q3-2026.figures.json')
export const SECOND_SAMPLE_RELEASE = resolve(ROOT, 'assets/samples/northfield-q3-2026.release.json')

const QUOTE =
  'Both segments grew this quarter, and the higher share of our own test software in Test Systems lifted gross margin for the third quarter in a row.'

const BOILERPLATE =
  'Northfield Instruments designs and builds electronic test systems and precision sensors for makers of industrial and medical equipment. This company is fictional: its figures illustrate Release Desk.'

/** The second sample release: what `draft` writes from its figures file, with the company's own words. */
export function buildSecondSampleRelease(): ReleaseDocument {
  const figures = readFiguresFile(readFileSync(SECOND_SAMPLE_FIGURES, 'utf8'))
  if (!figures.ok) throw new Error(`${SECOND_SAMPLE_FIGURES}: ${figures.error}`)
  return withCompanyWords(draftFromFigures(figures.value))
}

/** A draft of the second sample with the words the template leaves to the company: quote, boilerplate and contact. */
export function withCompanyWords(draft: ReleaseDocument): ReleaseDocument {
  return {
    ...draft,
    narrative: {
      ...draft.narrative,
      quote: {
        speaker: 'Dana Whitcomb',
        title: 'President and Chief Executive Officer',
        text: rich.doc(rich.paragraph(QUOTE)),
      },
      boilerplate: rich.doc(rich.paragraph(BOILERPLATE)),
      contact: rich.doc(
        rich.paragraph(
          'Contact: Priya Lindqvist',
          rich.hardBreak(),
          'Northfield Instruments, Inc.',
          rich.hardBreak(),
          '(608) 555-0142',
          rich.hardBreak(),
          'investors@northfield-instruments.example',
        ),
      ),
    },
  }
}

if (process.argv[1] !== undefined && process.argv[1].endsWith('make-second-sample.ts')) {
  writeFileSync(SECOND_SAMPLE_RELEASE, serializeReleaseDocument(buildSecondSampleRelease()))
  process.stderr.write(`wrote ${SECOND_SAMPLE_RELEASE}\n`)
}
