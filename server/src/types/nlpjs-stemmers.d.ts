// The Snowball stemmers of nlp.js, one module per language (Snowball's generated code, MIT).
declare module '@nlpjs/lang-nl/src/stemmer-nl.js' {
  export default class StemmerNl {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  export default class StemmerEn {
    stemWord(word: string): string;
  }
}

declare module 'vader-sentiment/src/vader_lexicon.js' {
  export const lexicon: Record<string, number>;
}
