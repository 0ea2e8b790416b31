/**
 * Validates a Word file's parts against the ISO/IEC 29500 transitional schemas, as a strict reader
 * would: markup compatibility first (ECMA-376 Part 3: drop what is in an ignorable namespace, and
 * `mc:Ignorable` itself), then `xmllint --nonet` against the part's schema. The schemas live in
 * `shared/ooxml/` beside the repository.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import JSZip from 'jszip'

const ROOT = resolve(__dirname, '../..')
/** The schemas, beside the repository (as CI has them). */
export const OOXML_SCHEMA_DIR = resolve(ROOT, '../shared/ooxml/xsd')

const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** Why the schema check cannot run here, or null when it can. */
export function xmllintMissingReason(): string | null {
  return spawnSync('sh', ['-c', 'command -v xmllint']).status === 0
    ? null
    : 'xmllint is not installed (apt-get install -y libxml2-utils)'
}

/** The schema (relative to the schema folder) a part of a Word file must follow, or null for a binary part. */
export function schemaForPart(path: string): string | null {
  if (path === '[Content_Types].xml') return 'opc-xsd/opc-contentTypes.xsd'
  if (path.endsWith('.rels')) return 'opc-xsd/opc-relationships.xsd'
  if (path === 'docProps/core.xml') return 'opc-xsd/opc-coreProperties.xsd'
  if (path === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd'
  if (path === 'docProps/custom.xml') return 'shared-documentPropertiesCustom.xsd'
  if (/^word\/theme\/[^/]+\.xml$/.test(path)) return 'dml-main.xsd'
  if (/^word\/[^/]+\.xml$/.test(path)) return 'wml.xsd'
  if (path.endsWith('.xml')) throw new Error(`no schema is known for the XML part ${path}`)
  return null
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The part after markup-compatibility processing: every element and attribute whose prefix the root's
 * `mc:Ignorable` lists is dropped, then `mc:Ignorable` itself. The parts are ours, written by docx with
 * one prefix per namespace, so prefixes stand for their namespaces here; `mc:AlternateContent`, which
 * would need a choice made, is refused rather than passed unchecked.
 */
export function markupCompatible(path: string, xml: string): string {
  const root = /<(?!\?)[^>]*>/.exec(xml)?.[0] ?? ''
  const listed = /\smc:Ignorable="([^"]*)"/.exec(root)?.[1] ?? ''
  const declared = new Map(
    [...root.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
  )
  if (declared.get('mc') !== undefined && declared.get('mc') !== MC_NAMESPACE) {
    throw new Error(`${path}: the prefix mc is not the markup-compatibility namespace`)
  }
  if (/<mc:AlternateContent[\s>]/.test(xml)) {
    throw new Error(`${path}: mc:AlternateContent is not handled by this check`)
  }
  let processed = xml.replace(/\smc:Ignorable="[^"]*"/, '')
  for (const prefix of listed.split(/\s+/).filter((name) => name !== '')) {
    const name = escapeRegExp(prefix)
    processed = processed.replace(new RegExp(`\\s${name}:[\\w.-]+="[^"]*"`, 'g'), '')
    processed = processed.replace(new RegExp(`<${name}:[\\w.-]+(?:\\s[^>]*)?/>`, 'g'), '')
    // Innermost first, so that nested elements of the namespace go with their parent.
    const element = new RegExp(
      `<(${name}:[\\w.-]+)(?:\\s[^>]*)?>(?:(?!<${name}:)[\\s\\S])*?</\\1>`,
      'g',
    )
    while (element.test(processed)) processed = processed.replace(element, '')
  }
  if (!processed.includes('<')) throw new Error(`${path} holds no XML`)
  return processed
}

export interface SchemaReport {
  /** Parts checked, as "file: part". */
  readonly checked: readonly string[]
  /** xmllint's complaints, empty when every part is valid. */
  readonly errors: readonly string[]
}

/**
 * Validates every XML part of every file against its schema, with one xmllint run per schema.
 * `files` maps a name for messages to the file's bytes.
 */
export async function validateDocxParts(
  files: ReadonlyMap<string, Uint8Array>,
): Promise<SchemaReport> {
  if (!existsSync(join(OOXML_SCHEMA_DIR, 'wml.xsd'))) {
    throw new Error(
      `The ISO 29500 schemas are missing: expected ${OOXML_SCHEMA_DIR}/wml.xsd (shared/ooxml/xsd beside the repository).`,
    )
  }
  const work = mkdtempSync(join(tmpdir(), 'ooxml-'))
  try {
    const bySchema = new Map<string, string[]>()
    const checked: string[] = []
    for (const [name, bytes] of files) {
      const zip = await JSZip.loadAsync(bytes)
      for (const entry of Object.values(zip.files)) {
        if (entry.dir) continue
        const schema = schemaForPart(entry.name)
        if (schema === null) continue
        const target = join(work, name, entry.name)
        mkdirSync(dirname(target), { recursive: true })
        writeFileSync(
          target,
          markupCompatible(`${name}: ${entry.name}`, await entry.async('string')),
        )
        bySchema.set(schema, [...(bySchema.get(schema) ?? []), target])
        checked.push(`${name}: ${entry.name}`)
      }
    }
    const errors: string[] = []
    for (const [schema, parts] of bySchema) {
      const run = spawnSync(
        'xmllint',
        ['--noout', '--nonet', '--schema', join(OOXML_SCHEMA_DIR, schema), ...parts],
        { encoding: 'utf8' },
      )
      if (run.status !== 0) {
        const lines = run.stderr
          .split('\n')
          .filter((line) => !/ validates$/.test(line) && line !== '')
        errors.push(...lines.map((line) => line.replace(`${work}/`, '')))
      }
    }
    return { checked, errors }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
