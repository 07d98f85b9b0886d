// `?first-messages` and `?later-messages` JSON imports (scripts/vite-icu-messages.ts): the two parts of a catalogue
// (i18n/messageParts.ts), their messages pre-parsed ICU ASTs.
declare module '*.json?first-messages' {
  import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
  const catalogue: Record<string, MessageFormatElement[]>;
  export default catalogue;
}
declare module '*.json?later-messages' {
  import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
  const catalogue: Record<string, MessageFormatElement[]>;
  export default catalogue;
}

// `?boot-messages`: the messages shown before the catalogues arrive (the loading line, the error page).
declare module '*.json?boot-messages' {
  import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
  const catalogue: Record<string, MessageFormatElement[]>;
  export default catalogue;
}

// `virtual:search-names` (scripts/vite-icu-messages.ts): every language's texts of the nodes' and blocs' names, by
// catalogue key, for search.
declare module 'virtual:search-names' {
  const names: Record<string, string[]>;
  export default names;
}
