package rt

// ContextKey returns what context.WithValue and a Context's Value get in
// place of key k, a value of the cell type Go names typ: yaegi v0.16.1
// gives values of cell types of one underlying type one type, so that
// userKey{} and reqKey{} (both struct{}), or aKey(0), bKey(0) and 0, were
// one key. The key made of both is comparable when k is.
func ContextKey(typ string, k any) any { return contextKey{typ, k} }

// contextKey is a context key of a cell type.
type contextKey struct {
	typ string
	k   any
}

// String names the key's type, as a Context's String names a key
// without a String method.
func (c contextKey) String() string { return c.typ }
