##! base/protocols/conn: with -b, loading it turns conn.log on, as in Zeek.
##! rxbro writes conn.log in TypeScript (src/conn/connLog.ts); this script adds
##! the conn_state helper of policy/conn.bro.

@load base/utils/site
@load ./main
@load conn
@load base/protocols/conn/removal-hooks
