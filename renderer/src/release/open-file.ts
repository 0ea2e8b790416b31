import type { ReleaseDocument } from './document-schema'
import { draftFromFigures } from './figures-file'
import { parseJsonText, parseReleaseDocument, readFiguresFile } from './load-document'
import type { Result } from './result'
import { fail, ok } from './result'

/** What Open makes of a file: a release as saved, or a new release drafted from a figures file. */
export interface OpenedDocument {
  readonly kind: 'release' | 'figures'
  readonly document: ReleaseDocument
}

/** Why a file could not be opened: a release or figures file with a problem, or neither. */
export interface OpenProblem {
  readonly kind: 'release' | 'figures' | 'neither'
  readonly message: string
}

const NEITHER = 'This is not a release or figures file: '
const RELEASE_KEYS = ['formatVersion', 'period', 'narrative', 'status', 'layout']
const FIGURES_KEYS = ['fiscalYear', 'figures']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads an opened file's text as a release, or as a figures file from which a new release is
 * drafted with the standard template (as the command line's `draft` does). A file that is
 * neither is told apart from one with a problem, so the message says which it is.
 */
export function readOpenedText(text: string): Result<OpenedDocument, OpenProblem> {
  const json = parseJsonText(text)
  if (!json.ok) return fail({ kind: 'neither', message: `${NEITHER}its text is ${json.error}.` })
  const value = json.value
  if (!isRecord(value)) {
    return fail({ kind: 'neither', message: `${NEITHER}it holds ${Array.isArray(value) ? 'a list' : 'a single value'}, not the settings, figures and text of a release.` })
  }
  const has = (keys: readonly string[]): boolean => keys.some((key) => key in value)
  // A version-2 figures file states its formatVersion too: its fiscalYear says what it is.
  const release = has(RELEASE_KEYS.filter((key) => key !== 'formatVersion')) || ('formatVersion' in value && !('fiscalYear' in value))
  if (release) {
    const read = parseReleaseDocument(value)
    return read.ok ? ok({ kind: 'release', document: read.value }) : fail({ kind: 'release', message: read.error })
  }
  if (has(FIGURES_KEYS)) {
    const figures = readFiguresFile(text)
    return figures.ok
      ? ok({ kind: 'figures', document: draftFromFigures(figures.value) })
      : fail({ kind: 'figures', message: figures.error })
  }
  return fail({
    kind: 'neither',
    message: `${NEITHER}it has neither a release's formatVersion nor a figures file's fiscalYear and figures.`,
  })
}
