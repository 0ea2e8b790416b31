import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { useEffect } from 'react'

/** What the text blocks ask of the dictionary. */
export interface Speller {
  readonly correct: (word: string) => boolean
  readonly suggest: (word: string) => readonly string[]
}

interface SpellerState {
  readonly speller: Speller | null
  /** Why the dictionary could not be read, in words; the text is then left unmarked. */
  readonly failure: string | null
}

/** Enough for any release's vocabulary; past it the answers are forgotten and looked up again. */
const KNOWN_WORDS_KEPT = 20_000

const spellerState = createStore<SpellerState>()(() => ({ speller: null, failure: null }))
let loading: Promise<void> | null = null

/** Reads the dictionary once, in its own chunk, after the editor is on screen. */
export function loadSpeller(): Promise<void> {
  loading ??= import('./english-dictionary')
    .then((module) => {
      const checker = module.englishSpeller()
      const suggestions = new Map<string, readonly string[]>()
      // Every keystroke re-reads its block's words: a word is looked up in the dictionary once.
      const known = new Map<string, boolean>()
      const speller: Speller = {
        correct: (word) => {
          const remembered = known.get(word)
          if (remembered !== undefined) return remembered
          if (known.size >= KNOWN_WORDS_KEPT) known.clear()
          const correct = checker.correct(word)
          known.set(word, correct)
          return correct
        },
        suggest: (word) => {
          const known = suggestions.get(word)
          if (known !== undefined) return known
          const found = checker.suggest(word).slice(0, 6)
          suggestions.set(word, found)
          return found
        },
      }
      spellerState.setState({ speller })
    })
    .catch((error: unknown) => {
      spellerState.setState({ failure: `The spelling dictionary could not be read: ${error instanceof Error ? error.message : String(error)}` })
    })
  return loading
}

/**
 * When the browser is idle after the first paint: reading the dictionary takes the main thread for
 * about a second, which must not delay opening the editor. Chromium and Electron have
 * requestIdleCallback; a page without it (jsdom in the tests) reads it only when asked (loadSpeller).
 */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback !== 'function') return () => undefined
  const handle = window.requestIdleCallback(run, { timeout: 3000 })
  return () => window.cancelIdleCallback(handle)
}

/** The dictionary, once read (null until then); asking for it starts the reading when the page is idle. */
export function useSpeller(): Speller | null {
  const speller = useStore(spellerState, (state) => state.speller)
  useEffect(() => {
    if (speller !== null || loading !== null) return
    return whenIdle(() => {
      void loadSpeller()
    })
  }, [speller])
  return speller
}
