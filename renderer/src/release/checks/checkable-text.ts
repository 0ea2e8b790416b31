/**
 * The text as the checks read it: each character replaced by its NFKC compatibility form when
 * that form is one UTF-16 unit ("９" reads as "9", "％" as "%", a no-break space as a space), so
 * a figure typed in fullwidth digits is checked as the digits the reader sees. Characters whose
 * form is longer ("™", "½") are kept, so every offset into the result is an offset into the
 * original: findings still point at the words the person typed.
 */
export function checkableText(text: string): string {
  // Plain ASCII is its own compatibility form; most text takes this path.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text
  let out = ''
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charAt(index)
    const compatible = unit.normalize('NFKC')
    out += compatible.length === 1 ? compatible : unit
  }
  return out
}
