// Public API of the signature engine (engine.md §5): parse `.sig` files, compile them, and feed
// per-connection header facts and payload; matches come back through hooks.
export type {
  Action, Cmp, ContextCond, Dependency, HeaderTest, MaskedValue, PatternCond, PatternType, Prefix, Signature,
  SourcePos,
} from './Signature';
export type { ScriptConstant, ScriptResolver } from './ScriptConstant';
export {
  parseSignatureFiles, parseSignatures, loadSignatures, SignatureLoadError,
  type SigSource, type SigParseOptions, type SigParseResult,
} from './parser';
export { parseRegex, RegexSyntaxError, type ReNode } from './regex';
export { headerFactsFromPacket, headerFactsFromText, type HeaderFacts, type HeaderFactsText } from './HeaderFacts';
export { evalHeaderTest } from './headerTest';
export {
  createSignatureEngine, newConnMatch, initEndpoint, matchStream, matchGap, matchDatagram, matchIcmp,
  matchAnalyzerData, finishConn, matchUndelivered,
  type SignatureEngine, type SignatureHooks, type SignatureState, type MatcherOptions, type ConnMatchState,
  type EndpointMatchState, type AnalyzerDataOptions,
} from './matcher';
export { getMatcherStats, formatProfLine, dumpRuleStats, type MatcherStats } from './stats';
export { parseAddr, parseIPv4, parseIPv6 } from './addr';
export { matchSignatures, type SignatureInput, type SignatureFiring, type MatchSignaturesOptions } from './matchSignatures';
