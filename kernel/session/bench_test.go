package session

import (
	"context"
	"testing"
)

func BenchmarkExecuteTrivial(b *testing.B) {
	for _, rich := range []bool{false, true} {
		name := "plain"
		if rich {
			name = "rich"
		}
		b.Run(name, func(b *testing.B) {
			s := richSession()
			s.opts.RichValues = rich
			for i := 0; i < b.N; i++ {
				if _, err := s.Execute(context.Background(), "1+1", i+1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
