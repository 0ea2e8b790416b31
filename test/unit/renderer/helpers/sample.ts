import sampleJson from '../../../../assets/samples/iec-q2-fiscal-2006.release.json'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { parseReleaseDocument } from '../../../../renderer/src/release/load-document'
import { createReleaseStore } from '../../../../renderer/src/store/release-store'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'

/** The IEC sample release, validated as the app validates it. */
export function sampleDocument(): ReleaseDocument {
  const parsed = parseReleaseDocument(sampleJson)
  if (!parsed.ok) throw new Error(`The sample release is invalid: ${parsed.error}`)
  return parsed.value
}

/** A manual clock, so tests decide which edits fall into one typing burst. */
export function manualClock(start = 0): { readonly now: () => number; readonly advance: (ms: number) => void } {
  let time = start
  return {
    now: () => time,
    advance: (ms) => {
      time += ms
    },
  }
}

export function sampleStore(clock = manualClock()): ReleaseStore {
  return createReleaseStore({ document: sampleDocument(), path: null, stamp: null }, { now: clock.now })
}
