##! base/frameworks/tunnels: tunnel.log in a bare run (a default run always has it; docs/tunnels.md).
##! The log is written by the engine (src/engine/tunnelLog.ts); `Tunnel::expiration_interval`
##! and the other `Tunnel::` constants are declared in init-bare.bro.
