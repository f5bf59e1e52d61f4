// Public API of the event layer.
export { createEventEngine } from './createEventEngine';
export type { DispatchObserver, EventEngine, EventEngineOptions } from './createEventEngine';
export { ofEvent } from './ofEvent';
export { EVENT_ALIASES, canonicalEventName, eventNameSpellings } from './aliases';
export type { CanonicalName } from './aliases';
export type { ArgsOf, DispatchedEvent, EventHandler, EventMap, EventMapOf, EventName, HandlerOptions } from './EventMap';
