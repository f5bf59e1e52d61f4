/** Public API of the parser: one file's text → AST declarations. */
export { parseFile, parseExpressionText } from './declarations';
export { createParseContext } from './state';
export type { ParseContext } from './state';
