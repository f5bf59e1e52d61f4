##! Zeek's base/utils/conn-ids: a connection's four-tuple as one line of text,
##! "orig_h:orig_p > resp_h:resp_p" (the arrow points from originator to responder;
##! "<" writes the same tuple with the data flowing back).

module GLOBAL;

export {
	## The conn_id as "orig_h:orig_p > resp_h:resp_p" (port numbers without protocol).
	global id_string: function(id: conn_id): string;

	## The same four fields with "<" between them: data going back to the originator.
	global reverse_id_string: function(id: conn_id): string;

	## id_string when is_orig is T, reverse_id_string when it is F.
	global directed_id_string: function(id: conn_id, is_orig: bool): string;
}

# One formatter for both directions; only the arrow differs.
function conn_ids_text(id: conn_id, arrow: string): string
	{
	return fmt("%s:%d %s %s:%d", id$orig_h, id$orig_p, arrow, id$resp_h, id$resp_p);
	}

function id_string(id: conn_id): string
	{
	return conn_ids_text(id, ">");
	}

function reverse_id_string(id: conn_id): string
	{
	return conn_ids_text(id, "<");
	}

function directed_id_string(id: conn_id, is_orig: bool): string
	{
	if ( is_orig )
		return id_string(id);
	return reverse_id_string(id);
	}
