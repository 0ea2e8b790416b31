import nspell from 'nspell'
// Bundled with the app, loaded as part of this module's own chunk: no network, nothing to download.
import aff from 'dictionary-en/index.aff?raw'
import dic from 'dictionary-en/index.dic?raw'

/** A checker over the bundled English (US) Hunspell dictionary. */
export function englishSpeller(): ReturnType<typeof nspell> {
  return nspell({ aff, dic })
}
