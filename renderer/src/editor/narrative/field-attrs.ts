import { fieldSchema } from '../../release/narrative-schema'
import type { Field } from '../../release/narrative-schema'

/**
 * A field's attributes as the editor's node carries them: every key of every kind, null where a
 * kind has no such key, and in HTML as `data-*` attributes on `span[data-field]`.
 */
export const FIELD_ATTRIBUTES = ['kind', 'part', 'measure', 'period', 'pair', 'withSubject', 'textCase'] as const
export type FieldAttribute = (typeof FIELD_ATTRIBUTES)[number]

const DATA_NAMES: Readonly<Record<FieldAttribute, string>> = {
  kind: 'data-kind',
  part: 'data-part',
  measure: 'data-measure',
  period: 'data-period',
  pair: 'data-pair',
  withSubject: 'data-with-subject',
  textCase: 'data-text-case',
}

export function dataAttributeName(attribute: FieldAttribute): string {
  return DATA_NAMES[attribute]
}

/** Reads one attribute back from HTML; only `withSubject` is not a string. */
export function parseDataAttribute(element: HTMLElement, attribute: FieldAttribute): string | boolean | null {
  const raw = element.getAttribute(DATA_NAMES[attribute])
  if (raw === null) return null
  if (attribute === 'withSubject') return raw === 'true'
  return raw
}

// A node's attrs never change (ProseMirror makes a new node instead), and every field in every
// editor is read again on each figure keystroke: each attrs object is validated once.
const fieldsByAttrs = new WeakMap<object, Field | null>()

/** The field the node's attributes describe, or null when they describe none (a bad paste). */
export function fieldFromAttrs(attrs: Readonly<Record<string, unknown>>): Field | null {
  const known = fieldsByAttrs.get(attrs)
  if (known !== undefined) return known
  const field = readFieldAttrs(attrs)
  fieldsByAttrs.set(attrs, field)
  return field
}

function readFieldAttrs(attrs: Readonly<Record<string, unknown>>): Field | null {
  const present = Object.fromEntries(
    FIELD_ATTRIBUTES.flatMap((name) => (attrs[name] == null ? [] : [[name, attrs[name]]])),
  )
  const parsed = fieldSchema.safeParse(present)
  return parsed.success ? parsed.data : null
}

export function fieldFromElement(element: HTMLElement): Field | null {
  return fieldFromAttrs(
    Object.fromEntries(FIELD_ATTRIBUTES.map((name) => [name, parseDataAttribute(element, name)])),
  )
}

/** The `data-*` attributes of a field, for copying it as HTML. */
export function fieldDataAttributes(field: Field): Record<string, string> {
  const attrs: Record<string, string> = { 'data-field': '' }
  for (const [name, value] of Object.entries(field)) {
    if (value === undefined || value === null) continue
    const dataName = (DATA_NAMES as Readonly<Record<string, string>>)[name]
    if (dataName !== undefined) attrs[dataName] = String(value)
  }
  return attrs
}
