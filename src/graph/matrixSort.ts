/** How the matrix orders its rows: by the lens's class, by UN regional group or by bloc (the view's `rows`). Its own
 *  module: the address is read in the first script, which does not carry the matrix (graph/matrix.ts). */
export const MATRIX_SORTS = ['lens', 'region', 'bloc'] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];
export const isMatrixSort = (v: string): v is MatrixSort => (MATRIX_SORTS as readonly string[]).includes(v);
