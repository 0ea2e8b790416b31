import { useEffect } from 'react'
import type { RichText } from '../../release/narrative-schema'
import { companyWords, wordsToCheck } from '../../release/spelling-words'
import type { TextWithPositions } from '../narrative/text-positions'
import { useRelease } from '../../store/store-context'
import type { NarrativeEditorHandle } from '../narrative/editor-handle'
import type { TextMark } from '../marks/text-marks'
import type { Speller } from './speller'
import { useSpeller } from './speller'

/** The marks of the words in an editor's typed text that the dictionary does not know. */
export function spellingMarks(editor: TextWithPositions, speller: Speller, skip: ReadonlySet<string>): readonly TextMark[] {
  return wordsToCheck(editor.text, skip).flatMap((entry): TextMark[] => {
    if (speller.correct(entry.word)) return []
    const from = editor.positions[entry.start]
    const last = editor.positions[entry.end - 1]
    if (from === undefined || last === undefined) return []
    const message = `\u201c${entry.word}\u201d is not in the dictionary. Right-click it, or press F7, for suggestions.`
    return [{ id: `spelling:${entry.start}:${entry.word}`, from, to: last + 1, kind: 'spelling', message, word: entry.word }]
  })
}

/** Keeps a block's misspelled words marked as it changes, once the dictionary is read. */
export function useSpellingMarks(value: RichText, handle: { readonly current: NarrativeEditorHandle | null }): void {
  const speller = useSpeller()
  const company = useRelease((state) => state.document.company)
  const dictionary = useRelease((state) => state.document.dictionary)
  useEffect(() => {
    const editor = handle.current
    if (editor === null || speller === null) return
    const skip = new Set([...companyWords(company), ...(dictionary ?? [])])
    editor.setMarks('spelling', spellingMarks(editor.textWithPositions(), speller, skip))
  }, [value, speller, company, dictionary, handle])
}
