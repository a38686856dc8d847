//go:build !unix

package main

// openNoWait is 0 where opening a file has no non-blocking flag; there,
// openRegular relies on checking the file before it is opened.
const openNoWait = 0
