/**
 * Opens a .docx for tests: its parts by path, which header or footer part Word shows on page one and
 * on later pages, and the text of each paragraph as a reader would see it.
 */
import JSZip from 'jszip'

export type HeaderFooterType = 'first' | 'default'

export interface DocxPackage {
  readonly names: readonly string[]
  /** A part's text; throws naming the part when it is missing. */
  xml(path: string): string
  bytes(path: string): Uint8Array
  has(path: string): boolean
  /** The header part (such as word/header2.xml) Word uses for that kind of page. */
  headerPath(type: HeaderFooterType): string
  footerPath(type: HeaderFooterType): string
  /** Relationship targets of a part, by id, resolved to paths in the package. */
  relationships(
    path: string,
  ): ReadonlyMap<string, { readonly type: string; readonly target: string }>
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

export function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
}

/** Each `w:p` element's XML, in document order. */
export function paragraphElements(xml: string): string[] {
  return xml.match(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) ?? []
}

/**
 * The text of one `w:p`: its `w:t`s joined, with line breaks as "\n", tabs as "\t", and Word's
 * no-break hyphens as U+2011.
 */
export function textOfParagraph(paragraph: string): string {
  const pieces =
    paragraph.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:br\/>|<w:tab\/>|<w:noBreakHyphen\/>/g) ?? []
  return pieces
    .map((piece) => {
      if (piece === '<w:br/>') return '\n'
      if (piece === '<w:tab/>') return '\t'
      if (piece === '<w:noBreakHyphen/>') return '\u2011'
      return decodeXml(piece.replace(/^<w:t(?:\s[^>]*)?>/, '').replace(/<\/w:t>$/, ''))
    })
    .join('')
}

/** Each paragraph's text, in document order. */
export function paragraphTexts(xml: string): string[] {
  return paragraphElements(xml).map(textOfParagraph)
}

/** The XML of the paragraphs whose text contains the words. */
export function paragraphsContaining(xml: string, words: string): string[] {
  return paragraphElements(xml).filter((paragraph) => textOfParagraph(paragraph).includes(words))
}

/** Whether two byte arrays are equal, quickly (a deep equality over 30,000 bytes is slow). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false
  return true
}

/** Runs (`w:r`) whose text contains the words, so a test can read their properties. */
export function runsContaining(xml: string, words: string): string[] {
  return (xml.match(/<w:r>[\s\S]*?<\/w:r>|<w:r\s[^>]*>[\s\S]*?<\/w:r>/g) ?? []).filter((run) =>
    decodeXml(run).includes(words),
  )
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1]
}

function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`
}

function resolveTarget(fromPath: string, target: string): string {
  const parts = fromPath.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.') parts.push(segment)
  }
  return parts.join('/')
}

export async function readDocx(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = new Map<string, Uint8Array>()
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async('uint8array'))
  }
  const bytesOf = (path: string): Uint8Array => {
    const data = parts.get(path)
    if (data === undefined)
      throw new Error(`the docx has no part ${path} (it has ${[...parts.keys()].join(', ')})`)
    return data
  }
  const xml = (path: string): string => new TextDecoder().decode(bytesOf(path))
  const relationships: DocxPackage['relationships'] = (path) => {
    const rels = parts.has(relsPathOf(path)) ? xml(relsPathOf(path)) : ''
    const map = new Map<string, { type: string; target: string }>()
    for (const element of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
      const id = attribute(element, 'Id')
      const target = attribute(element, 'Target')
      if (id === undefined || target === undefined) continue
      map.set(id, { type: attribute(element, 'Type') ?? '', target: resolveTarget(path, target) })
    }
    return map
  }
  const referencedPart = (kind: 'header' | 'footer', type: HeaderFooterType): string => {
    const document = xml('word/document.xml')
    const reference = (document.match(new RegExp(`<w:${kind}Reference\\s[^>]*>`, 'g')) ?? []).find(
      (element) => attribute(element, 'w:type') === type,
    )
    const id = reference === undefined ? undefined : attribute(reference, 'r:id')
    const target = id === undefined ? undefined : relationships('word/document.xml').get(id)?.target
    if (target === undefined) throw new Error(`word/document.xml has no ${type} ${kind}`)
    return target
  }
  return {
    names: [...parts.keys()],
    xml,
    bytes: bytesOf,
    has: (path) => parts.has(path),
    headerPath: (type) => referencedPart('header', type),
    footerPath: (type) => referencedPart('footer', type),
    relationships,
  }
}
