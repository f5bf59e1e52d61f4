// Public API of the application-layer parsing rxbro has (so far only what signatures need).
export { createHttpParser, feedHttp, finishHttp, HTTP_PATTERN_TYPES, type HttpParser, type HttpSink } from './httpParser';
