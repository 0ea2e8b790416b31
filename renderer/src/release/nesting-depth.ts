/**
 * How deeply a release or figures file may nest. A real release nests a few lists inside each
 * other (about four levels of JSON each); a damaged or hostile file nested thousands deep would
 * exhaust the stack of the validator and surface as a crash instead of a message.
 */
export const MAX_NESTING = 256

/** The path to the first value nested deeper than `limit`, or null. Iterative, so any depth is safe. */
export function pathTooDeep(
  json: unknown,
  limit: number = MAX_NESTING,
): readonly (string | number)[] | null {
  const stack: { readonly value: unknown; readonly path: readonly (string | number)[] }[] = [
    { value: json, path: [] },
  ]
  while (stack.length > 0) {
    const top = stack.pop()
    if (top === undefined || typeof top.value !== 'object' || top.value === null) continue
    if (top.path.length >= limit) return top.path
    const entries: readonly (readonly [string | number, unknown])[] = Array.isArray(top.value)
      ? top.value.map((item: unknown, index) => [index, item] as const)
      : Object.entries(top.value)
    for (const [key, child] of entries) stack.push({ value: child, path: [...top.path, key] })
  }
  return null
}
