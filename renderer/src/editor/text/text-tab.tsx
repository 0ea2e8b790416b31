import { useShallow } from 'zustand/react/shallow'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import type { TextBlock } from '../../store/store-types'
import { NarrativeSlot } from './narrative-slot'
import { BLOCK_KINDS } from '../../release/block-kinds'
import './text.css'

const HINTS: Partial<Record<TextBlock, string>> = {
  headline: 'One line, in title case.',
  dateline: 'Place \u2013 date \u2013 company (ticker) announced today\u2026',
  results: 'Shaded words are live: they follow the figures.',
  safeHarbor: 'Name the latest annual report on Form 10-K.',
}

function BlockSection(props: { readonly block: TextBlock }) {
  const label = BLOCK_KINDS[props.block].label
  const hint = HINTS[props.block]
  return (
    <section className="text-block" aria-label={label}>
      <h2 className="text-block__title">{label}</h2>
      {hint !== undefined && <p className="section-hint">{hint}</p>}
      <NarrativeSlot block={props.block} />
    </section>
  )
}

function QuoteSection() {
  const store = useReleaseStoreApi()
  const quote = useRelease(
    useShallow((state) => ({ speaker: state.document.narrative.quote.speaker, title: state.document.narrative.quote.title })),
  )
  return (
    <section className="text-block" aria-label="Quote">
      <h2 className="text-block__title">Quote</h2>
      <div className="settings-row" onBlur={() => store.getState().breakCoalescing()}>
        <label className="field">
          <span className="field__label">Speaker</span>
          <input
            className="field__input"
            value={quote.speaker}
            onChange={(event) => store.getState().setQuoteAttribution({ speaker: event.target.value })}
          />
        </label>
        <label className="field field--grow">
          <span className="field__label">Title</span>
          <input
            className="field__input"
            value={quote.title}
            onChange={(event) => store.getState().setQuoteAttribution({ title: event.target.value })}
          />
        </label>
      </div>
      <NarrativeSlot block="quote" label="Quote text" />
    </section>
  )
}

/** The Text tab: every narrative block in the order the release prints them. */
export function TextTab() {
  return (
    <div className="text-tab">
      <BlockSection block="headline" />
      <BlockSection block="subheadline" />
      <BlockSection block="dateline" />
      <BlockSection block="results" />
      <QuoteSection />
      <BlockSection block="boilerplate" />
      <BlockSection block="webReference" />
      <BlockSection block="safeHarbor" />
      <BlockSection block="contact" />
    </div>
  )
}
