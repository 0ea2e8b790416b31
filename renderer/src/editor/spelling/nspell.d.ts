// The part of nspell (a Hunspell-compatible checker in plain JavaScript) the spelling uses.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
    suggest(word: string): string[]
    add(word: string): NSpell
  }
  function nspell(dictionary: { readonly aff: string; readonly dic: string }): NSpell
  export = nspell
}
