/** The form's fields, where a message about the new measure is shown. */
export type OwnMeasureField = 'name' | 'kind' | 'parent' | 'gaap' | 'ratioOf'

const FIELD_WORDS: Readonly<
  Record<string, { readonly field: OwnMeasureField; readonly words: string }>
> = {
  name: { field: 'name', words: 'The name' },
  kind: { field: 'kind', words: 'The kind' },
  parent: { field: 'parent', words: 'The parent' },
  eliminations: { field: 'parent', words: 'The parent' },
  gaap: { field: 'gaap', words: 'The GAAP setting' },
  reconcilesTo: { field: 'gaap', words: 'The GAAP setting' },
  ratioOf: { field: 'ratioOf', words: 'The ratio\u2019s parts' },
}

/**
 * A message about the new measure, as the form shows it beside its field. The domain's messages
 * are written for files ("measures.7: Measure "x": field "name" …"); the form has no file and no ids.
 */
export function ownMeasureError(message: string): {
  readonly field: OwnMeasureField
  readonly words: string
} {
  const bare = message
    .replace(/^measures\.\d+(?:\.\w+)*: /, '')
    .replace(/^Measure "[^"]*"(?: \([^)]*\))?: /, '')
  const named = /^field "(\w+)"/.exec(bare)
  const known = named?.[1] === undefined ? undefined : FIELD_WORDS[named[1]]
  if (known === undefined) return { field: 'name', words: bare }
  return { field: known.field, words: `${known.words}${bare.slice(named?.[0].length ?? 0)}` }
}
