##! base/frameworks/logging: Zeek's logging framework (docs/logging.md). Loaded by init-bare.bro, so
##! bare (-b) and default runs alike can create and write script logs.

@load ./main
@load ./writers/ascii
