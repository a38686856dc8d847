package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// topLevel splits "key: value" or "key:" at the top level.
func topLevel(line string) (key, val string, ok bool) {
	key, val, found := strings.Cut(line, ":")
	if !found || !isKey(key) {
		return "", "", false
	}
	if val == "" {
		return key, "", true
	}
	val, ok = strings.CutPrefix(val, " ")
	return key, val, ok && val != ""
}

func isKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && c != '_' {
			return false
		}
	}
	return true
}

// isID reports whether s is a kebab-case-like id that YAML reads as the
// same plain text: lowercase letters, digits and dashes, starting with a
// letter or digit.
func isID(s string) bool {
	if s == "" || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

func isIndex(s string) bool {
	if s == "" || len(s) > 3 || (s[0] == '0' && len(s) > 1) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// scalarText reads a one-line scalar: plain text that YAML reads as
// itself, or a quoted string without escapes. null reports a plain null.
func scalarText(v string) (text string, null, ok bool) {
	switch {
	case v == "" || v == "~" || v == "null" || v == "Null" || v == "NULL":
		return "", true, true
	case len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"':
		t := v[1 : len(v)-1]
		if strings.ContainsAny(t, `"\`) || !printable(t) {
			return "", false, false
		}
		return t, false, true
	case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
		t := v[1 : len(v)-1]
		if strings.Count(t, "'") != 2*strings.Count(t, "''") || !printable(t) {
			return "", false, false
		}
		return strings.ReplaceAll(t, "''", "'"), false, true
	}
	if !plainSafe(v) {
		return "", false, false
	}
	return v, false, true
}

// stringValue reads a string field: a null is the empty string.
func stringValue(v string) (string, bool) {
	t, _, ok := scalarText(v)
	return t, ok
}

// plainSafe reports whether v, written unquoted after "key: ", is read by
// YAML as exactly v. It is deliberately narrow.
func plainSafe(v string) bool {
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@` ", rune(v[0])) ||
		strings.HasSuffix(v, " ") || strings.HasSuffix(v, ":") ||
		strings.Contains(v, ": ") || strings.Contains(v, " #") {
		return false
	}
	return printable(v)
}

// printable reports whether s holds only printable characters and plain
// spaces: no tabs, controls, unusual spaces or invalid UTF-8.
func printable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || (r != ' ' && !unicode.IsPrint(r)) || r == '\ufeff' {
			return false
		}
	}
	return true
}

// idValue reads an option or question id, plain or quoted.
func idValue(v string) (string, bool) {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
	}
	return v, isID(v)
}

// empty reports whether a block's value is empty: "" (the block follows)
// or the empty flow collection written inline.
func emptyFlow(val, flow string) (inline, ok bool) {
	switch val {
	case "":
		return false, true
	case flow:
		return true, true
	}
	return false, false
}
