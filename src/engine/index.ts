// Public API of the engine: one run of the whole pipeline.
export { runEngine, FatalError } from './runEngine';
export { bufferLikeStdio, STDIO_BLOCK_SIZE } from './stdoutBuffering';
export type { RunResult } from './runEngine';
export type { EngineOptions } from './EngineOptions';
export type { EngineContext, ScriptHost } from './ScriptHost';
export { createSignatureRun, type SignatureRun, type SignatureRunContext } from './signatureRun';
export { createTunnelLog, TUNNEL_COLUMNS, type TunnelLog, type TunnelLogClock } from './tunnelLog';
export { loadRunSignatures, type RunSignatures } from './loadRunSignatures';
export { createSignatureResolver, type ScriptGlobals } from './signatureResolver';
export {
  createWeirdActionState,
  decideWeird,
  weirdSubject,
  WEIRD_ACTIONS,
  DEFAULT_WEIRD_ACTION,
  type WeirdAction,
  type WeirdActionOptions,
  type WeirdActionState,
  type WeirdOutcome,
  type WeirdSubject,
} from './weirdActions';
export {
  attachDumpEvents,
  createPacketProfiler,
  createProfiler,
  formatDumpedEvent,
  formatDumpedEventJson,
  formatProfileRecord,
  globalProfile,
  globalSizes,
  startProfiling,
  tcpStatesLines,
  withPacketProfiling,
  TIMER_TYPE_ORDER,
  type PacketProfiler,
  type PacketProfileMode,
  type ProfileSnapshot,
  type Profiler,
  type ProfilerOptions,
  type ProfilerSources,
} from './profiling';
export { createStatePersistence, type StatePersistence } from './statePersistence';
export { captureEvents, captureStateUpdates, openCaptureFile, type CaptureFile } from './eventCapture';
export { readReplayFile, ENGINE_RAISED_EVENTS, type ReplayedEvent } from './replayEvents';
