/**
 * Mutations of a parsed JSON document, the way a damaged, hand-edited or half-merged release file
 * differs from a good one: one value replaced by anything (often of another type), deleted, or
 * duplicated next to itself or under a sibling's name.
 */

export type JsonPath = readonly (string | number)[]

export type Mutation =
  | { readonly kind: 'set'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'duplicate'; readonly pick: number; readonly sibling: number }

type Container = Record<string, unknown> | unknown[]

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null
}

/**
 * Every path below the root down to `maxDepth`, in document order. Iterative, and bounded, since
 * an earlier mutation may have planted a value thousands of levels deep.
 */
export function allPaths(root: unknown, maxDepth = 32): JsonPath[] {
  const paths: JsonPath[] = []
  const stack: { readonly value: unknown; readonly path: JsonPath }[] = [{ value: root, path: [] }]
  while (stack.length > 0) {
    const top = stack.pop()
    if (top === undefined || !isContainer(top.value) || top.path.length >= maxDepth) continue
    const entries: [string | number, unknown][] = Array.isArray(top.value)
      ? top.value.map((item, index): [number, unknown] => [index, item])
      : Object.entries(top.value)
    for (const [key, child] of entries.reverse()) {
      const path = [...top.path, key]
      paths.push(path)
      stack.push({ value: child, path })
    }
  }
  return paths
}

/** The value at `path`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let current: unknown = root
  for (const key of path) {
    if (!isContainer(current)) return undefined
    current = Array.isArray(current)
      ? typeof key === 'number'
        ? current[key]
        : undefined
      : Object.prototype.hasOwnProperty.call(current, key)
        ? current[String(key)]
        : undefined
  }
  return current
}

/** Whether `path` names something present in `root` (a key that is there, even if null). */
export function hasPath(root: unknown, path: JsonPath): boolean {
  const parent = valueAt(root, path.slice(0, -1))
  const last = path[path.length - 1]
  if (last === undefined) return true
  if (!isContainer(parent)) return false
  if (Array.isArray(parent)) return Number(last) >= 0 && Number(last) < parent.length
  return Object.prototype.hasOwnProperty.call(parent, String(last))
}

/** Sets `path` to `value`, creating plain objects for missing steps (like a hand-added key). */
export function setAt(root: unknown, path: JsonPath, value: unknown): void {
  let current: unknown = root
  path.forEach((key, index) => {
    if (!isContainer(current)) return
    const record = current as Record<string, unknown>
    if (index === path.length - 1) {
      record[String(key)] = value
      return
    }
    if (!isContainer(record[String(key)])) record[String(key)] = {}
    current = record[String(key)]
  })
}

/** Applies one mutation in place; `pick` and `sibling` choose among the paths modulo their count. */
export function applyMutation(root: unknown, mutation: Mutation): void {
  const paths = allPaths(root)
  const path = paths[mutation.pick % Math.max(paths.length, 1)]
  if (path === undefined) return
  const parent = valueAt(root, path.slice(0, -1))
  const key = path[path.length - 1]
  if (!isContainer(parent) || key === undefined) return
  switch (mutation.kind) {
    case 'set':
      // A copy: generated constants are shared between runs and must not be changed by later mutations.
      setAt(root, path, structuredClone(mutation.value))
      return
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[String(key)]
      return
    case 'duplicate': {
      const copy = structuredClone(valueAt(root, path))
      if (Array.isArray(parent)) {
        parent.splice(Number(key), 0, copy)
        return
      }
      // In an object a duplicate lands under a sibling's name: the same value where another was expected.
      const names = Object.keys(parent)
      const name = names[mutation.sibling % names.length] ?? String(key)
      parent[name] = copy
      return
    }
  }
}

/** Writes `inner` nested `depth` levels down in arrays, iteratively (JSON.stringify would recurse). */
export function deeplyNestedJson(depth: number, inner = '1'): string {
  return `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`
}
