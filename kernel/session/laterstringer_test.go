package session

import "testing"

// A method and a function of an earlier cell printing values of types
// that a later cell gives String methods: the method (through its hook)
// and the function print with them, as fmt does in Go.
func TestLaterStringerInMethod(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\ntype Money int64\ntype Acct struct {\n\tWho string\n\tBal Money\n}\ntype Ledger struct{ accts []Acct }\nfunc (l *Ledger) Report() string { return fmt.Sprint(l.accts) }\nfunc show(a Acct) string { return fmt.Sprintf(\"%v|%+v\", a, a) }", ""},
		{"l := &Ledger{[]Acct{{\"ann\", 1050}}}\nfmt.Println(l.Report(), show(l.accts[0]))", "[{ann 1050}] {ann 1050}|{Who:ann Bal:1050}\n"},
		{"func (m Money) String() string { return fmt.Sprintf(\"$%d.%02d\", m/100, m%100) }", ""},
		{"fmt.Println(l.Report(), show(l.accts[0]))", "[{ann $10.50}] {ann $10.50}|{Who:ann Bal:$10.50}\n"},
		{"func (a Acct) String() string { return a.Who + \":\" + a.Bal.String() }", ""},
		{"fmt.Println(l.Report(), show(l.accts[0]))", "[ann:$10.50] ann:$10.50|ann:$10.50\n"},
	})
}
