/** A placeholder the client replaces with the page's origin, so citations carry absolute permalinks. */
export const ORIGIN = '{origin}';
