import { getSchema } from '@tiptap/core'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { MULTI_LINE_EXTENSIONS } from '../../../../renderer/src/editor/narrative/editor-extensions'
import { editorJson } from '../../../../renderer/src/editor/narrative/rich-text-convert'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import type { ParagraphNode, RichText } from '../../../../renderer/src/release/narrative-schema'
import type { TextBlock } from '../../../../renderer/src/store/store-types'

const schema = getSchema(MULTI_LINE_EXTENSIONS)

/** The ProseMirror document a text block's editor holds for `text`. */
export function editorDoc(text: RichText): ProseMirrorNode {
  return ProseMirrorNode.fromJSON(schema, editorJson(text))
}

export function blockText(document: ReleaseDocument, block: TextBlock): RichText {
  return block === 'quote' ? document.narrative.quote.text : document.narrative[block]
}

/** The release with `text` as one block's words. */
export function withBlock(document: ReleaseDocument, block: TextBlock, text: RichText): ReleaseDocument {
  const narrative = document.narrative
  return {
    ...document,
    narrative:
      block === 'quote' ? { ...narrative, quote: { ...narrative.quote, text } } : { ...narrative, [block]: text },
  }
}

/** The release with paragraphs added at the end of a block. */
export function withParagraphs(document: ReleaseDocument, block: TextBlock, ...paragraphs: ParagraphNode[]): ReleaseDocument {
  const text = blockText(document, block)
  return withBlock(document, block, { ...text, content: [...text.content, ...paragraphs] })
}
