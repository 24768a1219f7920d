"""The shapescape command line, on top of analysis/ (and, as they land, codegen/ and server/)."""
