package session

import (
	"context"
	"errors"
	"testing"
)

// A panic raised while earlier panics run their deferred calls reads as
// Go prints it: the earlier ones first, [recovered] when a deferred call
// recovered them, [recovered, repanicked] when it panicked again with the
// same value; a panic recovered and done is not printed with a later
// one, a runtime error a deferred call recovered is printed with what
// recover returned, and an earlier panic the session cannot know (a
// runtime error nobody recovered) leaves the chain out rather than print
// it wrong.
func TestPanicChain(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\nfunc safe(n int) (r any) {\n\tdefer func() { r = recover() }()\n\tpanic(fmt.Sprint(\"bad \", n))\n}\n\nfunc nilMap() {\n\tdefer func() {\n\t\tr := recover()\n\t\tpanic(fmt.Sprint(\"wrapped: \", r))\n\t}()\n\tvar m map[string]int\n\tm[\"a\"] = 1\n}\n\nfunc divDeferred(d int) {\n\tdefer func() {\n\t\tpanic(\"in defer\")\n\t}()\n\tfmt.Println(10 / d)\n}\n\nfunc inner() { panic(\"inner\") }\n\nfunc deep() {\n\tdefer func() {\n\t\trecover()\n\t\tinner()\n\t}()\n\tpanic(\"outer\")\n}\n\nfunc again() {\n\tdefer func() {\n\t\tr := recover()\n\t\tpanic(r)\n\t}()\n\tpanic(\"fatal\")\n}\n\nfunc twice() {\n\tdefer func() {\n\t\tpanic(\"second\")\n\t}()\n\tpanic(\"first\")\n}\n\ntype S struct{}\n\nfunc (S) String() string { panic(\"str\") }\n\nfunc tricky(d int) {\n\tfmt.Println(S{})\n\tdefer func() {\n\t\tpanic(\"in defer\")\n\t}()\n\tfmt.Println(10 / d)\n}"
	if _, err := s.Execute(context.Background(), decls, 1); err != nil {
		t.Fatal(err)
	}
	for i, c := range []struct{ code, want string }{
		{"fmt.Println(safe(1), safe(2))\npanic(\"later\")", "later"},
		{"nilMap()", "assignment to entry in nil map [recovered]\n\tpanic: wrapped: assignment to entry in nil map"},
		{"divDeferred(0)", "in defer"},
		{"deep()", "outer [recovered]\n\tpanic: inner"},
		{"again()", "fatal [recovered, repanicked]"},
		{"twice()", "first\n\tpanic: second"},
		{"safe(3)\ntwice()", "first\n\tpanic: second"},
		{"tricky(0)", "in defer"}, // (Go: a division by zero first, which the session does not know)
	} {
		_, err := s.Execute(context.Background(), c.code, i+2)
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%s: no panic: %v", c.code, err)
		}
		if e.Value != c.want || e.Traceback[0] != "panic: "+c.want {
			t.Errorf("%s: value %q (traceback %q), want %q", c.code, e.Value, e.Traceback, c.want)
		}
	}
}

// A function whose deferred call recovered a runtime error the
// interpreter raised in its own body, then panicked anew, has its frame
// at the one place of the error's kind in its body (Go's: the panic
// whose deferred calls ran), none when it has several or the error came
// from a function it called, whose frame (printed by yaegi as the
// first panic unwound) is after the deferred call's, as in Go's
// (which has set's line 12 and indirect's 20, its call of set).
func TestPanicChainRuntimeErrorLine(t *testing.T) {
	s := New(richOpts())
	decls := "import \"fmt\"\n\nfunc store(m map[string]int, k string) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tpanic(fmt.Sprint(\"store \", k, \": \", r))\n\t\t}\n\t}()\n\tm[k] = 1\n}\n\nfunc set(m map[string]int) { m[\"x\"] = 1 }\n\nfunc indirect(m map[string]int) {\n\tdefer func() {\n\t\tpanic(fmt.Sprint(\"indirect: \", recover()))\n\t}()\n\tif len(m) > 5 {\n\t\tm[\"y\"] = 2\n\t}\n\tset(m)\n}"
	const chain = "panic: assignment to entry in nil map [recovered]\n\tpanic: "
	panicCells(t, s, decls, []panicCase{
		{"store(nil, \"b\")", []string{chain + "store b: assignment to entry in nil map", "Cell In[1], line 6, in store.func1", "Cell In[1], line 9, in store", "Cell In[2], line 1"}},
		{"indirect(nil)", []string{chain + "indirect: assignment to entry in nil map", "Cell In[1], line 16, in indirect.func1", "Cell In[1], in set", "Cell In[1], in indirect", "Cell In[3], line 1"}},
	})
}

// A runtime error raised by a check of the lowering (an index out of
// range, rt.IndexL4) whose deferred call panics anew reads as Go's: the
// error first, not recovered, then the new panic; the function's frame,
// which yaegi does not print, is at the index's line. One that a
// deferred call recovered is printed [recovered].
func TestPanicChainCheckedIndex(t *testing.T) {
	decls := "type Conn struct{ open bool }\n\nfunc (c *Conn) Close() {\n\tif !c.open {\n\t\tpanic(\"not open\")\n\t}\n\tc.open = false\n}\n\nfunc query(c *Conn, rows []string, i int) string {\n\tdefer c.Close()\n\treturn rows[i]\n}\n\nfunc wrap(rows []string, i int) string {\n\tdefer func() {\n\t\tr := recover()\n\t\tpanic(r.(error).Error() + \"!\")\n\t}()\n\treturn rows[i]\n}"
	panicCells(t, New(richOpts()), decls, []panicCase{
		{"query(&Conn{}, nil, 2)", []string{"panic: runtime error: index out of range [2] with length 0\n\tpanic: not open", "Cell In[1], line 5, in Conn.Close", "Cell In[1], line 12, in query", "Cell In[2], line 1"}},
		{"wrap([]string{\"a\"}, 1)", []string{"panic: runtime error: index out of range [1] with length 1 [recovered]\n\tpanic: runtime error: index out of range [1] with length 1!", "Cell In[1], line 18, in wrap.func1", "Cell In[1], line 20, in wrap", "Cell In[3], line 1"}},
	})
}
