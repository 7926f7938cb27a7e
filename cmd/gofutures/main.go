// Command gofutures is a Jupyter kernel for Go.
//
// Usage:
//
//	gofutures install [--user | --sys-prefix | --prefix DIR]
//	gofutures kernel --connection-file FILE
//	gofutures worker --nats URL [--queue NAME] [flags]
//	gofutures version
//
// The kernel runs cells in an interpreter subprocess: this same binary
// started as "gofutures interpreter" by the kernel; process pools in cells
// start "gofutures worker" processes (neither is meant to be run by hand).
// A notebook that imports third-party packages or has %%compile cells gets
// a program of its own, built by the kernel: this command with those
// packages linked in (see package kernel/command and internal/toolchain).
package main

import "github.com/gofutures/gofutures/kernel/command"

func main() { command.Main(nil) }
