/**
 * The format's name and version, apart from the zod schema, so code that only stamps or checks them
 * (exports, the import report) does not load zod into the first script.
 */
export const FORMAT_NAME = 'supply-lines';
export const FORMAT_VERSION = 2;
