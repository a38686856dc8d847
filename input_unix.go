//go:build unix

package main

import "syscall"

// openNoWait makes opening a named pipe return at once instead of waiting
// for a writer; openRegular then refuses it.
const openNoWait = syscall.O_NONBLOCK
