package toolchain

import (
	"fmt"
	"strings"
)

// CheckImportPath reports whether path is a valid import path of a package
// that can come from a module: non-empty elements of letters, digits and
// the characters - . _ ~ + separated by slashes, no element starting with
// a dot or a dash, no "..", no leading or trailing slash.
func CheckImportPath(path string) error {
	bad := func(why string) error {
		return &Error{Kind: ErrInvalidImportPath, Path: path, Detail: why}
	}
	if path == "" {
		return bad("empty")
	}
	if len(path) > 512 {
		return bad("longer than 512 characters")
	}
	for _, elem := range strings.Split(path, "/") {
		switch {
		case elem == "":
			return bad("empty path element (leading, trailing or double slash)")
		case elem == "." || elem == "..":
			return bad(fmt.Sprintf("relative element %q", elem))
		case elem[0] == '.' || elem[0] == '-':
			return bad(fmt.Sprintf("element %q starts with %q", elem, elem[0]))
		case strings.HasSuffix(elem, "."):
			return bad(fmt.Sprintf("element %q ends with a dot", elem))
		}
		for _, r := range elem {
			if !importPathRune(r) {
				return bad(fmt.Sprintf("character %q is not allowed", r))
			}
		}
	}
	return nil
}

func importPathRune(r rune) bool {
	switch {
	case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
		return true
	}
	return strings.ContainsRune("-._~+", r)
}

// CheckVersion reports whether v can be a module version query for the go
// command: a semantic version, a revision, a branch name or one of the
// queries latest, upgrade, patch and none.
func CheckVersion(v string) error {
	bad := func(why string) error {
		return &Error{Kind: ErrVersionNotFound, Path: "@" + v, Detail: "invalid version: " + why}
	}
	switch {
	case v == "":
		return bad("empty")
	case len(v) > 128:
		return bad("longer than 128 characters")
	case v[0] == '-':
		return bad("starts with a dash")
	}
	for _, r := range v {
		if !importPathRune(r) && r != '/' && r != '<' && r != '>' && r != '=' {
			return bad(fmt.Sprintf("character %q is not allowed", r))
		}
	}
	return nil
}

// IsStandard reports whether the import path names a package of the
// standard library: as for the go command, a path whose first element has
// no dot.
func IsStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// SplitQuery splits "path@version" into its parts; version is "" when
// there is none. Both parts are checked.
func SplitQuery(q string) (path, version string, err error) {
	path, version, hasVersion := strings.Cut(q, "@")
	if err := CheckImportPath(path); err != nil {
		return "", "", err
	}
	if hasVersion {
		if err := CheckVersion(version); err != nil {
			return "", "", err
		}
	}
	return path, version, nil
}

// IsInternal reports whether the package at path is internal to its
// module (an element "internal"): code of another module cannot import
// it.
func IsInternal(path string) bool {
	return path == "internal" || strings.HasPrefix(path, "internal/") || strings.Contains(path, "/internal/") ||
		strings.HasSuffix(path, "/internal")
}
