import type { ReleaseStore } from '../../store/release-store'
import type { QuestionState } from '../window-question'
import { windowQuestion } from '../window-question'

/** A question whose answer is a stated reason, not a button: why a final release goes out with errors. */
export interface ReasonRequest {
  readonly id: number
  readonly title: string
  readonly message: string
  readonly label: string
  /** The words the field starts with: the reason recorded last time, if any. */
  readonly initial: string
  readonly confirmLabel: string
  /** The reason, trimmed; null when the person cancelled. */
  readonly resolve: (reason: string | null) => void
}

export type ReasonRequests = QuestionState<ReasonRequest>

const reasonQuestion = windowQuestion<string, ReasonRequest>()

/** The pending reason question of an editor window (the dialog host shows it). */
export const reasonRequests = reasonQuestion.requests

/** Asks for a reason and resolves with it (trimmed, never empty), or null if the person cancels. */
export function askForReason(store: ReleaseStore, request: Omit<ReasonRequest, 'id' | 'resolve'>): Promise<string | null> {
  return reasonQuestion.ask(store, request)
}
