import { INPUT_LIMITS } from './input-limits'

/**
 * How deeply a release or figures file may nest. A real release nests a few lists inside each
 * other (about four levels of JSON each); a damaged or hostile file nested thousands deep would
 * exhaust the stack of the validator and surface as a crash instead of a message.
 */
export const MAX_NESTING: number = INPUT_LIMITS.nesting

/** What is wrong with a file's shape, and where: too deep, or a list too long. */
export type ShapeProblem =
  | { readonly kind: 'tooDeep'; readonly path: readonly (string | number)[] }
  | { readonly kind: 'tooMany'; readonly path: readonly (string | number)[]; readonly count: number }

/** One container being walked: its keys are read lazily, so a level costs a few words of memory. */
interface Frame {
  readonly container: object
  readonly key: string | number | null
  readonly keys: readonly string[] | null
  next: number
}

function frameFor(container: object, key: string | number | null): Frame {
  return { container, key, keys: Array.isArray(container) ? null : Object.keys(container), next: 0 }
}

function pathOf(frames: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = []
  for (const frame of frames) if (frame.key !== null) path.push(frame.key)
  return path
}

/**
 * The first value nested deeper than `limit` levels, or the first list or object with more than
 * `maxItems` entries; null when the file has neither. One pass, iterative, and its memory is one
 * small frame per level it is inside, never a copy of the path per value.
 */
export function shapeProblem(
  json: unknown,
  limit: number = MAX_NESTING,
  maxItems: number = INPUT_LIMITS.listItems,
): ShapeProblem | null {
  if (typeof json !== 'object' || json === null) return null
  const frames: Frame[] = []
  const enter = (container: object, key: string | number | null): ShapeProblem | null => {
    const frame = frameFor(container, key)
    frames.push(frame)
    const count = frame.keys === null ? (container as readonly unknown[]).length : frame.keys.length
    if (count > maxItems) return { kind: 'tooMany', path: pathOf(frames), count }
    return null
  }
  const first = enter(json, null)
  if (first !== null) return first
  for (;;) {
    const top = frames[frames.length - 1]
    if (top === undefined) return null
    const size = top.keys === null ? (top.container as readonly unknown[]).length : top.keys.length
    if (top.next >= size) {
      frames.pop()
      continue
    }
    const index = top.next
    top.next += 1
    const key = top.keys === null ? index : (top.keys[index] ?? '')
    const child: unknown =
      top.keys === null
        ? (top.container as readonly unknown[])[index]
        : (top.container as Record<string, unknown>)[key]
    if (typeof child !== 'object' || child === null) continue
    if (frames.length >= limit) return { kind: 'tooDeep', path: [...pathOf(frames), key] }
    const problem = enter(child, key)
    if (problem !== null) return problem
  }
}

/** The path to the first value nested deeper than `limit`, or null. Iterative, so any depth is safe. */
export function pathTooDeep(
  json: unknown,
  limit: number = MAX_NESTING,
): readonly (string | number)[] | null {
  const problem = shapeProblem(json, limit, Number.POSITIVE_INFINITY)
  return problem === null ? null : problem.path
}
