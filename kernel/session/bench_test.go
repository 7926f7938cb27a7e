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

// BenchmarkNamedBasicLoop sums a million values of a named float type in
// a cell's function: Celsius, declared from one of rt's bases (a type
// without methods, kernel/check's rebaseType), against a plain float64
// and a type with a method (yaegi's float64, as Celsius was before).
func BenchmarkNamedBasicLoop(b *testing.B) {
	s := richSession()
	decls := "type Celsius float64\ntype Temp float64\nfunc (Temp) unit() string { return \"t\" }\n" +
		"func sumC(n int) Celsius {\n\tvar s Celsius\n\tfor i := 0; i < n; i++ {\n\t\ts += Celsius(i) * 0.5\n\t}\n\treturn s\n}\n" +
		"func sumT(n int) Temp {\n\tvar s Temp\n\tfor i := 0; i < n; i++ {\n\t\ts += Temp(i) * 0.5\n\t}\n\treturn s\n}\n" +
		"func sumF(n int) float64 {\n\tvar s float64\n\tfor i := 0; i < n; i++ {\n\t\ts += float64(i) * 0.5\n\t}\n\treturn s\n}"
	if _, err := s.Execute(context.Background(), decls, 1); err != nil {
		b.Fatal(err)
	}
	for _, f := range []string{"sumC", "sumT", "sumF"} {
		b.Run(f, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Execute(context.Background(), "_ = "+f+"(1000000)", i+2); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
