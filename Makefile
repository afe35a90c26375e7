# `make test` is the project's one test command: CI (.ci/run) calls it on a clean clone.
.PHONY: test bench

test:
	bash tests/run-all.sh

bench:
	bash bench/run.sh
