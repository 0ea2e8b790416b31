import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { readReleaseDocument, serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import { withSentence } from '../claims-promise/release-sentence'
import type { WhyBullet } from '../claims-promise/why-table'
import {
  FALSE_CLAIMS,
  FORMS,
  IN_THOUSANDS,
  ROUNDED,
  TRUE_SENTENCES,
} from '../claims-promise/why-table'
import { check, checkCase, cleanSample, releaseFolder, ROOT } from './why-cli'
import { withRows } from '../../support/figure-rows'

// Issue 10's Why, bullet by bullet, in a release file checked by `release-desk check` (what
// `npm run cli -- check` runs): the exit code, and the line printed at the typed paragraph.

async function checkBullet(bullet: WhyBullet): Promise<readonly string[]> {
  const problems: string[] = []
  for (const entry of bullet.cases) {
    const problem = await checkCase(entry)
    if (problem !== null) problems.push(problem)
  }
  return problems
}

const named = (bullets: readonly WhyBullet[]) =>
  bullets.map((bullet) => [bullet.why, bullet] as const)

describe('release-desk check on the issue’s Why, in a release file', () => {
  it('exits 0 on the sample once its web address is put right', async () => {
    expect(await check(cleanSample())).toEqual({ code: 0, lines: [] })
  })

  it.each(named(FALSE_CLAIMS))('false claim: %s (exit 1, the error line)', async (_why, bullet) => {
    expect(await checkBullet(bullet)).toEqual([])
  })

  it.each(named(TRUE_SENTENCES))('true sentence: %s (exit 0)', async (_why, bullet) => {
    expect(await checkBullet(bullet)).toEqual([])
  })

  it.each(named(FORMS))('form: %s', async (_why, bullet) => {
    expect(await checkBullet(bullet)).toEqual([])
  })

  it('rounded figures: "up 9%" on $4.5 and $4.1 million exits 0, "up 14%" exits 1 quoting 7.2% to 12.3%', async () => {
    const document = cleanSample()
    // New sales figures without their table's cost rows: the statement of operations is left out.
    const rounded: ReleaseDocument = {
      ...document,
      tables: [],
      figures: withRows(document.figures, { revenue: { quarter: ROUNDED.quarter,
          yearAgoQuarter: ROUNDED.yearAgoQuarter, } }),
    }
    const read = readReleaseDocument(serializeReleaseDocument(rounded))
    if (!read.ok) throw new Error(read.error)
    expect(await checkCase({ sentence: ROUNDED.truth, error: null }, read.value)).toBeNull()
    const wrong = { sentence: ROUNDED.wrong, error: { at: ROUNDED.wrongAt, says: ROUNDED.says } }
    expect(await checkCase(wrong, read.value)).toBeNull()
  })

  it('table amounts under "(in thousands)" exit 0', async () => {
    const heading = withSentence(cleanSample(), IN_THOUSANDS.heading)
    const table = withSentence(heading.document, IN_THOUSANDS.row)
    expect(await check(table.document)).toEqual({ code: 0, lines: [] })
  })

  it('prints the same through the real command line', async () => {
    const [claim] = FALSE_CLAIMS
    const entry = claim?.cases[0]
    if (entry?.error == null) throw new Error('the table starts with a false claim')
    const path = join(await releaseFolder(), 'why-cli.release.json')
    await writeFile(path, serializeReleaseDocument(withSentence(cleanSample(), entry.sentence).document))
    const run = promisify(execFile)
    const tsx = join(ROOT, 'node_modules/.bin/tsx')
    const failed = await run(tsx, [join(ROOT, 'electron/cli/main.ts'), 'check', path], {
      cwd: ROOT,
    }).then(
      () => null,
      (error: unknown) => error as { code?: number; stdout?: string },
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stdout ?? '').toMatch(
      new RegExp(`^error results \u00b64 "${entry.error.at}": .*16%`, 'm'),
    )
  }, 60_000)
})
