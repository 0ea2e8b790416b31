import { useShallow } from 'zustand/react/shallow'
import {
  DEFAULT_RATIO_STYLE,
  NEGATIVE_STYLES,
  PER_SHARE_STYLES,
  RATIO_CHANGE_STYLES,
  RATIO_VERB_STYLES,
} from '../../release/house-style'
import type { HouseStyle, RatioChangeStyle, RatioVerbStyle } from '../../release/house-style'
import { houseStyleExample } from '../../release/house-style-examples'
import type { HouseStyleSetting } from '../../release/house-style-examples'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import type { HouseStylePatch } from '../../store/store-types'
import { ComparisonWordingTable } from './comparison-wording-table'
import { ThresholdField } from './threshold-field'
import './house-style.css'

interface Choice {
  readonly value: string
  /** What the option reads; the live example under the control shows the release's own wording. */
  readonly label: string
}

interface ChoiceSetting {
  readonly setting: Exclude<HouseStyleSetting, 'fullBelow'>
  readonly label: string
  readonly choices: readonly Choice[]
  /** The patch a chosen option makes; null for a value the list does not hold. */
  readonly patch: (value: string) => HouseStylePatch | null
}

const NEGATIVE_LABELS: Readonly<Record<HouseStyle['negative'], string>> = {
  words: 'In words only: a net loss of $1.3 million',
  parenInside: 'Parentheses after the $: $(1.3) million',
  parenOutside: 'Parentheses around the amount: ($1.3 million)',
}

const PER_SHARE_LABELS: Readonly<Record<HouseStyle['perShare'], string>> = {
  leadingZero: 'With a zero before the point: $0.07',
  noLeadingZero: 'Without the zero: $.07',
}

// A release states its ratio settings only once they are changed: the list shows the default until then.
const RATIO_DEFAULTS: Readonly<Partial<Record<HouseStyleSetting, string | number>>> = DEFAULT_RATIO_STYLE

const RATIO_CHANGE_LABELS: Readonly<Record<RatioChangeStyle, string>> = {
  percentagePoints: 'Percentage points: 1.5 percentage points',
  basisPoints: 'Basis points: 150 basis points',
}

const RATIO_VERB_LABELS: Readonly<Record<RatioVerbStyle, string>> = {
  improved: 'Improved or declined',
  increased: 'Increased or decreased',
  expanded: 'Expanded or contracted',
}

function decimalsPatch(key: 'millionsDecimals' | 'percentDecimals' | 'ratioDecimals', max: number) {
  return (value: string): HouseStylePatch | null => {
    const decimals = Number(value)
    return Number.isInteger(decimals) && decimals >= 0 && decimals <= max ? { [key]: decimals } : null
  }
}

function oneOf<T extends string>(options: readonly T[], value: string): T | null {
  return options.find((option) => option === value) ?? null
}

const CHOICES: readonly ChoiceSetting[] = [
  {
    setting: 'revenueWord',
    label: 'Revenue is called',
    choices: [
      { value: 'sales', label: 'Sales' },
      { value: 'revenue', label: 'Revenue' },
    ],
    patch: (value) => {
      const word = oneOf(['sales', 'revenue'] as const, value)
      return word === null ? null : { revenueWord: word }
    },
  },
  {
    setting: 'negative',
    label: 'Losses are written',
    choices: NEGATIVE_STYLES.map((value) => ({ value, label: NEGATIVE_LABELS[value] })),
    patch: (value) => {
      const negative = oneOf(NEGATIVE_STYLES, value)
      return negative === null ? null : { negative }
    },
  },
  {
    setting: 'perShare',
    label: 'Per-share amounts',
    choices: PER_SHARE_STYLES.map((value) => ({ value, label: PER_SHARE_LABELS[value] })),
    patch: (value) => {
      const perShare = oneOf(PER_SHARE_STYLES, value)
      return perShare === null ? null : { perShare }
    },
  },
  {
    setting: 'millionsDecimals',
    label: 'Decimals in millions',
    choices: [
      { value: '0', label: 'None: $6 million' },
      { value: '1', label: 'One: $5.6 million' },
      { value: '2', label: 'Two: $5.64 million' },
      { value: '3', label: 'Three: $5.637 million' },
    ],
    patch: decimalsPatch('millionsDecimals', 3),
  },
  {
    setting: 'percentDecimals',
    label: 'Decimals in percentages',
    choices: [
      { value: '0', label: 'None: 19%' },
      { value: '1', label: 'One: 19.5%' },
      { value: '2', label: 'Two: 19.46%' },
    ],
    patch: decimalsPatch('percentDecimals', 2),
  },
]

// After the comparison table, so that the number settings keep their place in the Tab order.
const RATIO_CHOICES: readonly ChoiceSetting[] = [
  {
    setting: 'ratioChange',
    label: 'Margin changes in',
    choices: RATIO_CHANGE_STYLES.map((value) => ({ value, label: RATIO_CHANGE_LABELS[value] })),
    patch: (value) => {
      const ratioChange = oneOf(RATIO_CHANGE_STYLES, value)
      return ratioChange === null ? null : { ratioChange }
    },
  },
  {
    setting: 'ratioDecimals',
    label: 'Decimals in margins',
    choices: [
      { value: '0', label: 'None: 31%' },
      { value: '1', label: 'One: 31.5%' },
      { value: '2', label: 'Two: 31.46%' },
    ],
    patch: decimalsPatch('ratioDecimals', 2),
  },
  {
    setting: 'ratioVerbs',
    label: 'A margin that moved',
    choices: RATIO_VERB_STYLES.map((value) => ({ value, label: RATIO_VERB_LABELS[value] })),
    patch: (value) => {
      const ratioVerbs = oneOf(RATIO_VERB_STYLES, value)
      return ratioVerbs === null ? null : { ratioVerbs }
    },
  },
]

/** The live example under a control: the words the release would use with the style as it stands. */
function Example(props: { readonly setting: HouseStyleSetting; readonly style: HouseStyle }) {
  return (
    <output id={`house-style-${props.setting}-example`} className="field__hint house-style__example" data-testid={`house-style-${props.setting}-example`}>
      {houseStyleExample(props.setting, props.style)}
    </output>
  )
}

/** One setting chosen from a list, with the live example under it. */
function ChoiceField(props: {
  readonly choice: ChoiceSetting
  readonly style: HouseStyle
  readonly set: (patch: HouseStylePatch) => void
}) {
  const { choice, style, set } = props
  return (
    <div className="field">
      <label className="field__label" htmlFor={`house-style-${choice.setting}`}>
        {choice.label}
      </label>
      <select
        id={`house-style-${choice.setting}`}
        className="field__input"
        value={String(style[choice.setting] ?? RATIO_DEFAULTS[choice.setting])}
        aria-describedby={`house-style-${choice.setting}-example`}
        onChange={(event) => {
          const patch = choice.patch(event.target.value)
          if (patch !== null) set(patch)
        }}
      >
        {choice.choices.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Example setting={choice.setting} style={style} />
    </div>
  )
}

/** The House style tab: how numbers, losses and comparisons are written, each change one undo step, the preview following. */
export function HouseStyleTab() {
  const store = useReleaseStoreApi()
  const style = useRelease(useShallow((state) => state.document.style))
  const set = (patch: HouseStylePatch): void => store.getState().setHouseStyle(patch)
  return (
    <div className="house-style-tab">
      <p className="section-hint">
        How this release writes its numbers. Every generated sentence and live field follows these settings; the preview shows each change at once.
      </p>
      <fieldset className="settings-grid">
        <legend className="section-title">Numbers and losses</legend>
        {CHOICES.map((choice) => (
          <ChoiceField key={choice.setting} choice={choice} style={style} set={set} />
        ))}
        <ThresholdField
          value={style.fullBelow}
          onChange={(fullBelow) => set({ fullBelow })}
          onLeave={() => store.getState().breakCoalescing()}
          example={<Example setting="fullBelow" style={style} />}
        />
      </fieldset>
      <ComparisonWordingTable />
      <fieldset className="settings-grid">
        <legend className="section-title">Margins</legend>
        {RATIO_CHOICES.map((choice) => (
          <ChoiceField key={choice.setting} choice={choice} style={style} set={set} />
        ))}
      </fieldset>
    </div>
  )
}
