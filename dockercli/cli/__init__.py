"""The command line: click command tree, pflag-style flag parsing, one module per object group."""
