import type { FiguresFile } from '../../renderer/src/release/figures-file'
import { figuresFileFromWorkbook, readWorkbookFiguresMapping } from '../../renderer/src/release/workbook-figures-file'
import { importWorkbook, WORKBOOK_MAX_BYTES } from '../../renderer/src/workbook/workbook-import'
import { CliError, inFile } from './cli-error'
import { readBytes, readText } from './io'
import { basename } from 'node:path'

/**
 * The figures file of `draft figures.xlsx --map mapping.json`: the mapping file's figures file
 * with the figures read from the workbook, or a one-line error naming the file, cell and problem.
 */
export async function loadFiguresFromWorkbook(workbookPath: string, mappingPath: string): Promise<FiguresFile> {
  const mapping = readWorkbookFiguresMapping(await readText(mappingPath))
  if (!mapping.ok) throw inFile(mappingPath, mapping.error)
  const bytes = await readBytes(workbookPath, WORKBOOK_MAX_BYTES, 'a workbook')
  const imported = await importWorkbook(bytes, workbookPath, mapping.value.workbook)
  // The importer's sentence already names the file, the sheet and the cell.
  if (!imported.ok) throw new CliError(imported.error.replace(/\.$/, ''))
  const file = figuresFileFromWorkbook(mapping.value, imported.value.figures)
  if (!file.ok) throw inFile(file.error.inWorkbook ? workbookPath : mappingPath, file.error.message)
  return file.value
}

/** Whether a draft's input is a workbook rather than a figures file, judged by its name. */
export function isWorkbookName(path: string): boolean {
  return /\.(?:xlsx|xlsm|csv)$/i.test(basename(path))
}
