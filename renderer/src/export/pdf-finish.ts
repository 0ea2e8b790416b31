import type { PageSize } from './pdf-options'
import { pageSizePoints } from './page-geometry'

/**
 * Chromium's PDF, finished: Chromium sizes pages in steps of its own (A4 comes out 594.96 × 841.92 pt,
 * which strict print drivers scale) and writes no Author. An incremental update (ISO 32000 §7.5.6)
 * appends new versions of the page objects with the exact page box and of the document information
 * with the release's title and company; the bytes Chromium wrote are kept as they are. Pure: bytes in,
 * bytes out.
 */
export interface PdfProperties {
  /** The headline. */
  readonly title: string
  /** The company. */
  readonly author: string
  readonly pageSize: PageSize
}

/** Thrown when the bytes are not a PDF of the kind Chromium writes (a classic cross-reference table). */
export class UnfinishablePdfError extends Error {
  constructor(problem: string) {
    super(`The PDF could not be finished: ${problem}.`)
    this.name = 'UnfinishablePdfError'
  }
}

function toLatin1(bytes: Uint8Array): string {
  let text = ''
  for (let index = 0; index < bytes.length; index += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  }
  return text
}

function fromAscii(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff)
}

/** A PDF text string in UTF-16BE with its byte-order mark, as hex: any headline or name, safely. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF'
  for (let index = 0; index < text.length; index += 1) {
    hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')
  }
  return `<${hex}>`
}

function number(value: number): string {
  return String(Math.round(value * 100) / 100)
}

interface Trailer {
  readonly size: number
  readonly root: string
  readonly info: number | null
  readonly xrefOffset: number
}

function readTrailer(pdf: string): Trailer {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf)
  const trailerAt = pdf.lastIndexOf('trailer')
  if (startxref?.[1] === undefined || trailerAt < 0) throw new UnfinishablePdfError('no trailer')
  const trailer = pdf.slice(trailerAt, startxref.index)
  const size = /\/Size\s+(\d+)/.exec(trailer)?.[1]
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1]
  if (size === undefined || root === undefined) throw new UnfinishablePdfError('no /Size or /Root')
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1]
  return {
    size: Number(size),
    root,
    info: info === undefined ? null : Number(info),
    xrefOffset: Number(startxref[1]),
  }
}

/** Each object's offset, from the cross-reference table at `offset`. */
function readXref(pdf: string, offset: number): ReadonlyMap<number, number> {
  if (!pdf.startsWith('xref', offset)) throw new UnfinishablePdfError('no cross-reference table')
  const offsets = new Map<number, number>()
  const lines = pdf.slice(offset, pdf.indexOf('trailer', offset)).split(/\r\n|\r|\n/)
  let object = 0
  for (const line of lines.slice(1)) {
    const section = /^(\d+) (\d+)\s*$/.exec(line)
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line)
    if (section !== null) object = Number(section[1])
    else if (entry !== null) {
      if (entry[3] === 'n') offsets.set(object, Number(entry[1]))
      object += 1
    }
  }
  return offsets
}

/** The dictionary of object `id` (the text between "obj" and "endobj"), or null for a stream. */
function objectBody(pdf: string, offset: number, id: number): string | null {
  const header = new RegExp(`^${id}\\s+0\\s+obj\\s*`).exec(pdf.slice(offset, offset + 32))
  if (header === null) throw new UnfinishablePdfError(`object ${id} is not where the table says`)
  const start = offset + header[0].length
  const end = pdf.indexOf('endobj', start)
  const body = pdf.slice(start, end).trimEnd()
  return /\bstream\s*$/.test(body) || body.includes('\nstream') ? null : body
}

/**
 * A new document information dictionary: the release's title and author, Chromium's dates and
 * producer kept. Written afresh rather than edited, as Chromium's strings may hold escaped parentheses.
 */
function infoDictionary(old: string | null, properties: PdfProperties): string {
  const kept = ['CreationDate', 'ModDate', 'Producer'].flatMap((key) => {
    const value = new RegExp(`/${key}\\s*(\\((?:D:)?[\\w ./+'-]*\\))`).exec(old ?? '')?.[1]
    return value === undefined ? [] : [`/${key} ${value}`]
  })
  return [
    '<<',
    `/Title ${pdfTextString(properties.title)}`,
    `/Author ${pdfTextString(properties.author)}`,
    '/Creator (Release Desk)',
    ...kept,
    '>>',
  ].join('\n')
}

/** The PDF with exact page boxes and the release's title and author. */
export function finishPdf(bytes: Uint8Array, properties: PdfProperties): Uint8Array {
  const pdf = toLatin1(bytes)
  const trailer = readTrailer(pdf)
  const offsets = readXref(pdf, trailer.xrefOffset)
  const { width, height } = pageSizePoints(properties.pageSize)
  const changed = new Map<number, string>()
  for (const [id, offset] of offsets) {
    const body = objectBody(pdf, offset, id)
    if (body === null || !/\/Type\s*\/Page(?![a-zA-Z])/.test(body)) continue
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(body)
    if (box === null) continue
    // The page keeps its top edge, where Chromium's drawing starts, and gets the paper's exact size.
    const [left, top] = [Number(box[1]), Number(box[4])]
    const exact = `[${number(left)} ${number(top - height)} ${number(left + width)} ${number(top)}]`
    changed.set(id, body.replace(box[0], `/MediaBox ${exact}`))
  }
  const infoId = trailer.info ?? trailer.size
  const infoOffset = trailer.info === null ? undefined : offsets.get(trailer.info)
  const oldInfo = infoOffset === undefined ? null : objectBody(pdf, infoOffset, infoId)
  changed.set(infoId, infoDictionary(oldInfo, properties))

  let update = pdf.endsWith('\n') ? '' : '\n'
  const entries: [number, number][] = []
  for (const [id, body] of [...changed].sort(([a], [b]) => a - b)) {
    entries.push([id, bytes.length + update.length])
    update += `${id} 0 obj\n${body}\nendobj\n`
  }
  const xrefAt = bytes.length + update.length
  update += 'xref\n'
  for (const [id, offset] of entries) {
    update += `${id} 1\n${String(offset).padStart(10, '0')} 00000 n\r\n`
  }
  const size = Math.max(trailer.size, infoId + 1)
  update += `trailer\n<</Size ${size} /Root ${trailer.root} /Info ${infoId} 0 R /Prev ${trailer.xrefOffset}>>\n`
  update += `startxref\n${xrefAt}\n%%EOF\n`
  const finished = new Uint8Array(bytes.length + update.length)
  finished.set(bytes)
  finished.set(fromAscii(update), bytes.length)
  return finished
}
