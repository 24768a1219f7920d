"""The shapescape language server (`shapescape serve`): the plan, adapted to LSP.
Start at main.py; the protocol is documented in docs/server.md."""
