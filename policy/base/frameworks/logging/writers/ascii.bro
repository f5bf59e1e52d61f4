##! The ASCII writer's options (Zeek's LogAscii module); the engine reads them when a log file opens
##! (src/logging/logManager.ts). `--json` on the command line is the same as `use_json = T`.

module LogAscii;

export {
	## Rows on standard output instead of in files.
	const output_to_stdout = F &redef;

	## JSON lines instead of tab-separated columns.
	const use_json = F &redef;

	## The `#…` meta lines of a TSV log.
	const include_meta = T &redef;

	## What the meta lines start with.
	const meta_prefix = "#" &redef;

	## Column separator, set/vector element separator, and the markers of empty and unset values.
	const separator = Log::separator &redef;
	const set_separator = Log::set_separator &redef;
	const empty_field = Log::empty_field &redef;
	const unset_field = Log::unset_field &redef;

	## Compression level (rxbro writes plain files).
	const gzip_level = 0 &redef;

	## Directory of the logs (rxbro: --log-dir).
	const logdir = "" &redef;

	## Kept for scripts that set it; rxbro always escapes bytes outside printable ASCII.
	const enable_utf_8 = F &redef;
}
