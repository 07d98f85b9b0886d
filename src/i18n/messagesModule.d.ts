// `?messages` JSON imports (scripts/vite-icu-messages.ts): a catalogue whose messages are pre-parsed ICU ASTs.
declare module '*.json?messages' {
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
