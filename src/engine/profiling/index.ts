// Profiling and debugging output (engine.md 6): prof.log, global sizes.
export { createProfiler, type Profiler, type ProfilerOptions, type ProfilerSources } from './profiler';
export { formatProfileRecord, tcpStatesLines, TIMER_TYPE_ORDER, type ProfileSnapshot, type ProfiledGlobal } from './profileRecord';
export { countTimersByType } from './timerCounts';
export { globalProfile, globalSizes, type GlobalValue } from './globalProfile';
