package check

import "testing"

// Context keys of cell types are told apart as in Go (contextKey,
// rt.ContextKey): type userKey struct{} and type reqKey struct{}, or
// aKey(0), bKey(0) and 0, were one key to yaegi v0.16.1's values; a
// Context prints the key's type.
func TestContextKeysOfCellTypes(t *testing.T) {
	runSteps(t,
		step{"import \"context\"\ntype userKey struct{}\ntype reqKey struct{}\ntype aKey int\ntype bKey int", ""},
		step{"ctx := context.WithValue(context.Background(), userKey{}, \"ann\")\nfmt.Println(ctx)\nctx = context.WithValue(ctx, reqKey{}, \"r-1\")\nctx = context.WithValue(ctx, aKey(0), \"a\")\nctx = context.WithValue(ctx, bKey(0), \"b\")\nfmt.Println(ctx.Value(userKey{}), ctx.Value(reqKey{}), ctx.Value(aKey(0)), ctx.Value(bKey(0)), ctx.Value(0))\nuser, ok := ctx.Value(userKey{}).(string)\nfmt.Println(user, ok)",
			"context.Background.WithValue(main.userKey, ann)\nann r-1 a b <nil>\nann true\n"},
	)
}
