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
  let copied = 0
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) < 0x80) continue
    const unit = text.charAt(index)
    const compatible = compatibleUnit(unit)
    if (compatible === unit) continue
    out += text.slice(copied, index) + compatible
    copied = index + 1
  }
  return copied === 0 ? text : out + text.slice(copied)
}

// At most one entry per UTF-16 unit: the checks run on every keystroke, and normalising is slow.
const COMPATIBLE = new Map<string, string>()

function compatibleUnit(unit: string): string {
  const known = COMPATIBLE.get(unit)
  if (known !== undefined) return known
  const form = unit.normalize('NFKC')
  const compatible = form.length === 1 ? form : unit
  COMPATIBLE.set(unit, compatible)
  return compatible
}
