/** Literal decoding the lexer needs before the runtime is involved (address text). */
export { parseIPv4, parseIPv6, parseIPv6Words, wordsToText } from './addr';
