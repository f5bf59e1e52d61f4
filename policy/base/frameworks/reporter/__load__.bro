##! base/frameworks/reporter: reporter.log (ts, level, message, location) from the reporter_info,
##! reporter_warning and reporter_error events. rxbro writes the log itself (src/engine/reporterLog.ts)
##! when this is loaded, as in every default (non-bare) run; the events are declared in init-bare.bro.
