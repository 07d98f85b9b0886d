// Class colours for the peer map and graph (the same class → colour for both peers, categorical and colour-blind-safe).
export const CLASS_COLOURS: Record<string, string> = {
  party: '#0072b2', ratified: '#0072b2', yes: '#009e73', signatory: '#56b4e9', invited: '#e69f00', no: '#d55e00',
  abstain: '#f0e442', absent: '#999999', none: '#dddddd', 'not-member': '#bbbbbb', 'no-data': '#f4f4f4',
};
export const colourOf = (cls: string) => CLASS_COLOURS[cls] ?? '#f4f4f4';
