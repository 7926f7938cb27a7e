package session

import (
	"context"
	"testing"
)

func BenchmarkExecuteTrivial(b *testing.B) {
	for _, c := range []struct {
		rich, noCheck bool
	}{{false, false}, {true, false}, {false, true}, {true, true}} {
		name := "plain"
		if c.rich {
			name = "rich"
		}
		if c.noCheck {
			name += "-unchecked"
		}
		b.Run(name, func(b *testing.B) {
			s := richSession()
			s.opts.RichValues, s.opts.NoCheck = c.rich, c.noCheck
			if _, err := s.Execute(context.Background(), "import \"fmt\"\nfmt.Sprint(1)", 0); err != nil {
				b.Fatal(err) // the checker's first cell lists the standard library
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.Execute(context.Background(), "1+1", i+1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
