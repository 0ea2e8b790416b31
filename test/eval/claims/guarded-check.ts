import { checkDraftText } from '../../../renderer/src/release/checks/check-release'
import type { Finding } from '../../../renderer/src/release/checks/finding'
import type { ReleaseFacts } from '../../../renderer/src/release/release-facts'

/** What the checker said, or the error it threw: one crash must not hide the rest of the report. */
export interface GuardedCheck {
  readonly findings: readonly Finding[]
  readonly crash: string | null
}

/** `checkDraftText`, with a throw reported as a crash instead of ending the eval. */
export function guardedCheck(paragraphs: readonly string[], facts: ReleaseFacts): GuardedCheck {
  try {
    return { findings: checkDraftText(paragraphs, facts), crash: null }
  } catch (error) {
    const where = error instanceof Error ? (error.stack?.split('\n')[1]?.trim() ?? '') : ''
    return {
      findings: [],
      crash: `${error instanceof Error ? error.message : String(error)} ${where}`.trim(),
    }
  }
}
