// Each language's catalogue ships in two parts (scripts/vite-icu-messages.ts): the first view's messages, which the
// first paint waits for, and the later ones, requested right after the first frame (app/App.tsx) or by the lazy
// feature that needs them first (i18n/laterMessages.ts). This is the one place that says which key is which: a key
// is "later" when it belongs to a feature that is only drawn after the first frame, each in a chunk of its own; every
// other key is in the first part. Every language is split by the same keys.
// messageParts.test.ts fails when a module of the first view (the static imports of main.tsx) names a later key, and
// when a rule below matches no key.

/** The lazy features and the keys only they use. */
export const LATER_FEATURES: readonly { feature: string; keys: RegExp }[] = [
  // the toolbar's room (app/BriefingSlots.tsx) is drawn in the first frame with the four button names
  { feature: 'briefing toolbar, exports, deck editor, handout (views/briefing)', keys: /^(brief\.(?!(copyLink|deck|present|export)$)|deck\.|deckErr\.|csv\.|handout\.)/ },
  // the presenter window's loading line (views/briefing/PresenterRoot.tsx) is in the first part
  { feature: 'presentation layer, slides, presenter view (views/briefing, briefing/slide*)', keys: /^(presentation\.|presenter\.(?!opening$)|slide\.(?!(treaty|filter)\.)|blocs\.matrixAsNetwork$)/ },
  // the button that opens it (views/about/AboutButton.tsx) is in the first part
  { feature: 'About the data (views/about/AboutDialog.tsx)', keys: /^about\.(?!(button|opening)$)/ },
  { feature: 'compare, cross-tab and table panels (views/explore)', keys: /^(compare|crosstab|table)\.|^unGroup\.title$/ },
  { feature: 'time chart and what changed (views/time/TimePanel.tsx)', keys: /^(changes\.|time\.(keyDates|chartAria|unknownNotCounted|euNote|onDate)$)/ },
  { feature: 'matrix (views/graph/MatrixView.tsx)', keys: /^matrix\.(rowsBy|byLens|byBloc|legend|caption|country|cell)$/ },
];

export const isLaterKey = (key: string): boolean => LATER_FEATURES.some((f) => f.keys.test(key));
