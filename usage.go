package main

import "strings"

// isUsageError recognises cobra's usage errors, which are plain errors
// distinguished only by their wording.
func isUsageError(err error) bool {
	s := err.Error()
	for _, prefix := range []string{
		"flag needs an argument:",
		"unknown flag:",
		"unknown shorthand flag:",
		"unknown command",
		"invalid argument",
		"accepts ",
		"requires at least",
		"required flag",
	} {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}
