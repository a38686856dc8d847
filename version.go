package main

import (
	"runtime/debug"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// This file decides the version that --version prints and that every
// report and team view records ("tool: itcheck v1.2.3" in its data block).
//
// The rule, first match wins:
//
//  1. A version set at build time with -ldflags "-X main.version=v1.2.3",
//     as release builds do (see .goreleaser.yaml). A "v" is put before a
//     version that starts with a digit.
//  2. The module version from the build information, but only when it
//     names a release: a semantic version with no build metadata that is
//     not a pseudo-version. Go records one when it builds a clean checkout
//     of a release tag with VCS stamping on (the default), or installs a
//     published module at a release.
//  3. fallbackVersion.
//
// So any other build from a working copy records fallbackVersion, never
// noise such as "v0.2.1-0.20261128121310-d01c61e2b3a4", "v0.2.0+dirty" or
// "(devel)", and two builds that record the same version write the same
// report bytes.

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = ""

// fallbackVersion is recorded by builds that carry no release version,
// such as `go run .` or `go build` from a clone.
const fallbackVersion = "v0.1.0"

// toolVersion returns the version recorded in reports.
func toolVersion() string {
	info := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		info = bi.Main.Version
	}
	return chooseVersion(version, info)
}

// chooseVersion applies the rule above to a version set at build time
// (empty if none) and the main module's version from the build
// information (empty if there is none).
func chooseVersion(set, info string) string {
	if set != "" {
		if set[0] >= '0' && set[0] <= '9' {
			set = "v" + set
		}
		return set
	}
	if isRelease(info) {
		return info
	}
	return fallbackVersion
}

// isRelease reports whether v names a released version of a module: a
// semantic version in full (v1.2.3, v1.2.3-rc.1), without build metadata
// such as "+dirty" or "+incompatible", that is not a pseudo-version made
// up from a commit.
func isRelease(v string) bool {
	return v != "" && semver.Canonical(v) == v && !module.IsPseudoVersion(v)
}
