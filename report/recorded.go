package report

import "strconv"

// ScanRecorded reads, from a report in the layout Scan reads, what its
// data records about how it was scored: the hash of the question set's
// text it was scored with and the index it got. ok is false when either
// is missing or Scan would not read the data; ParseReport reads both
// (FrontMatter.Hash and Index), with positions. compare uses it to notice
// a report whose recorded index its answers do not score.
func ScanRecorded(data []byte) (hash string, index int, ok bool) {
	front, closing, ok := scanLocate(data)
	if !ok {
		return "", 0, false
	}
	var hasHash, hasIndex bool
	lines := lineReader{rest: front}
	for {
		line, more := lines.next()
		if !more || line == closing {
			break
		}
		key, val, top := topLevel(line)
		if !top {
			continue
		}
		switch key {
		case "hash":
			hash, hasHash = stringValue(val)
		case "index":
			if isIndex(val) {
				index, _ = strconv.Atoi(val)
				hasIndex = true
			}
		}
	}
	return hash, index, hasHash && hasIndex
}
