##! Zeek's base/utils/json: the script-level to_json became a built-in (builtins/json.ts)
##! that is always there; like Zeek's, this script only says so.

@deprecated "to_json is always available as a built-in function; base/utils/json is not needed."
