// Public API of the logging framework (docs/logging.md): the manager behind `Log::*`, the ASCII writer,
// and the text pieces every ASCII log shares (conn.log and the engine's own logs use them too).
export { createLogManager, type LogManager, type LogManagerDeps } from './logManager';
export { openAsciiLog, formatAsciiRow, DEFAULT_ASCII_OPTIONS, type AsciiOptions, type LogWriter } from './asciiLogWriter';
export { logColumnsOf, columnValue, type LogColumn, type ColumnOptions } from './logColumns';
export { formatTsvValue, formatJsonValue, formatLogDouble, jsonLogDouble, fixed6, logTypeName } from './logValues';
export { asciiHeader, escapeTsv, hexEscapeAll, logDate, DEFAULT_SEPARATORS, type AsciiSeparators } from './asciiText';
