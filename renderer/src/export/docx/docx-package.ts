/**
 * The document properties, written by us rather than by docx: docx stamps core.xml with the clock,
 * which would make every export of the same release differ, and it cannot write the Company property.
 */
export interface PackageProperties {
  readonly title: string
  readonly subject: string
  readonly creator: string
  readonly company: string
  /** ISO date-time (UTC) for created and modified: from the document, never from the clock. */
  readonly stamp: string
}

const FALLBACK_STAMP = '2000-01-01T00:00:00Z'

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** The release date at midnight UTC, or a fixed stamp while the release has no date. */
export function propertiesStamp(releaseDate: string | null): string {
  return releaseDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(releaseDate)
    ? `${releaseDate}T00:00:00Z`
    : FALLBACK_STAMP
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`
}

export function corePropertiesXml(properties: PackageProperties): string {
  const stamp = ' xsi:type="dcterms:W3CDTF"'
  return [
    XML_DECLARATION,
    '<cp:coreProperties',
    ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', properties.title),
    element('dc:subject', properties.subject),
    element('dc:creator', properties.creator),
    element('cp:lastModifiedBy', properties.creator),
    element('cp:revision', '1'),
    element('dcterms:created', properties.stamp, stamp),
    element('dcterms:modified', properties.stamp, stamp),
    '</cp:coreProperties>',
  ].join('')
}

export function appPropertiesXml(properties: PackageProperties): string {
  return [
    XML_DECLARATION,
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"',
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    element('Company', properties.company),
    element('Application', 'Release Desk'),
    '</Properties>',
  ].join('')
}

/** Files that take the place of docx's own, as `Packer`'s overrides. */
export function propertyOverrides(properties: PackageProperties) {
  return [
    { path: 'docProps/core.xml', data: corePropertiesXml(properties) },
    { path: 'docProps/app.xml', data: appPropertiesXml(properties) },
  ]
}
