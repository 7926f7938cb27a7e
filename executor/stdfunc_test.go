package executor

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

func localTask(x int) int { return x }

func TestStdFuncName(t *testing.T) {
	var b strings.Builder
	for _, tc := range []struct {
		fn   any
		want string
	}{
		{math.Sqrt, "math.Sqrt"},
		{strings.Repeat, "strings.Repeat"},
		{json.Valid, "encoding/json.Valid"},
		{rand.IntN, "math/rand/v2.IntN"},
		{errors.New, "errors.New"},
		{time.Unix, "time.Unix"},
		{localTask, ""},                    // this module's
		{Named, ""},                        // this module's
		{func(x int) int { return x }, ""}, // a closure
		{b.String, ""},                     // a method value
		{(*strings.Builder).String, ""},    // a method expression
		{time.Duration.String, ""},         // a method expression
		{slices.Max[[]int], ""},            // a generic instance
		{nil, ""},
		{42, ""},
	} {
		got, ok := stdFuncName(tc.fn)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("stdFuncName(%T) = %q, %v; want %q", tc.fn, got, ok, tc.want)
		}
	}
	if !genericInstance(slices.Max[[]int]) || genericInstance(math.Sqrt) {
		t.Error("genericInstance")
	}
	for path, want := range map[string]bool{"math": true, "net/http": true, "internal/abi": false, "vendor/golang.org/x/net": false,
		"main": false, "github.com/gofutures/gofutures/executor": false, "example.com/x": false} {
		if isStdPath(path) != want {
			t.Errorf("isStdPath(%q) = %v", path, !want)
		}
	}
}

// A worker that lacks a standard-library function says why a notebook's
// workers may lack one; other names get the plain message.
func TestLookupOfAMissingStandardFunction(t *testing.T) {
	_, err := registryResolver{}.Lookup("strings.NewReplacer")
	if err == nil || !strings.Contains(err.Error(), "can be sent to and from it") {
		t.Errorf("strings.NewReplacer: %v", err)
	}
	for _, name := range []string{"gcd", "Box.Double", "golang.org/x/exp/slices.Max"} {
		_, err := registryResolver{}.Lookup(name)
		if err == nil || strings.Contains(err.Error(), "standard-library") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
