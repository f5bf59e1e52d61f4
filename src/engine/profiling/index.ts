// Profiling and debugging output (engine.md 6): prof.log, global sizes.
export { createProfiler, type Profiler, type ProfilerOptions, type ProfilerSources } from './profiler';
export { formatProfileRecord, tcpStatesLines, TIMER_TYPE_ORDER, type ProfileSnapshot, type ProfiledGlobal } from './profileRecord';
export { countTimersByType } from './timerCounts';
export { globalProfile, globalSizes, type GlobalValue } from './globalProfile';
export { createPacketProfiler, PKT_PROFILE_HEADER, PROCESS_CLOCK, type PacketProfiler, type PacketProfileMode, type PacketProfileClock } from './packetProfiler';
export { withPacketProfiling } from './startPacketProfiling';
export { startProfiling, type ProfilingParts } from './startProfiling';
export { attachDumpEvents, formatDumpedEvent, formatDumpedEventJson, DUMP_EVENTS_SCRIPT } from './dumpEvents';
