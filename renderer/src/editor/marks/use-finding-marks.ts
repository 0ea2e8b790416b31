import { useEffect } from 'react'
import type { Finding } from '../../release/checks/finding'
import type { ReleaseContent } from '../../release/release-content'
import { selectContent } from '../../store/selectors'
import { useRelease } from '../../store/store-context'
import type { TextBlock } from '../../store/store-types'
import { selectShownFindings } from '../checks/check-selectors'
import { findingRange } from '../checks/finding-range'
import type { NarrativeEditorHandle } from '../narrative/editor-handle'
import type { TextWithPositions } from '../narrative/text-positions'
import type { TextMark } from './text-marks'

const SEVERITY_WORDS: Readonly<Record<Finding['severity'], string>> = { error: 'Error', warning: 'Warning' }

/** The marks of one block's findings, on the words each is about; none where the editor holds other words. */
export function findingMarks(
  findings: readonly Finding[],
  content: ReleaseContent,
  block: TextBlock,
  editor: TextWithPositions,
): readonly TextMark[] {
  const paragraphs = content.paragraphs.filter((paragraph) => paragraph.block === block)
  return findings.flatMap((finding): TextMark[] => {
    if (finding.location?.block !== block) return []
    const range = findingRange(editor, paragraphs, finding.location)
    if (range === null || range.to <= range.from) return []
    const message = `${SEVERITY_WORDS[finding.severity]}: ${finding.message}`
    return [{ id: finding.id, from: range.from, to: range.to, kind: finding.severity, message }]
  })
}

const NO_FINDINGS: readonly Finding[] = []

/** Keeps a block's finding marks on its words as the checks change. */
export function useFindingMarks(block: TextBlock, handle: { readonly current: NarrativeEditorHandle | null }): void {
  const findings = useRelease(selectShownFindings) ?? NO_FINDINGS
  const content = useRelease(selectContent)
  useEffect(() => {
    const editor = handle.current
    if (editor === null) return
    editor.setMarks('findings', findingMarks(findings, content, block, editor.textWithPositions()))
  }, [findings, content, block, handle])
}
