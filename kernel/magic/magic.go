// Package magic is the one table of the notebook's magics (%time,
// %timeit, !command, %env, %cd, %pwd, %who, %whos, %%writefile, %help,
// %lsmagic, and the build magics %%compile and %go of kernel/build): it
// parses a cell's magic line (Parse), documents and completes magics
// (Help, Doc, Complete), and has the parts of them that run in the
// interpreter process (run.go), where kernel/session calls them.
package magic

import (
	"fmt"
	"go/scanner"
	"go/token"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Spec describes one magic.
type Spec struct {
	Name  string // without % or %%; "!" for shell commands
	Line  bool   // usable as %name on the first line
	Cell  bool   // usable as %%name, the rest of the cell its body
	Usage string // how it is written
	Short string // one line for %help
	Doc   string // longer documentation, for inspect_request
}

// Specs are all magics, in the order %help lists them.
var Specs = []Spec{
	{Name: "time", Line: true, Cell: true, Usage: "%time STATEMENT  |  %%time (first line of a cell)",
		Short: "run Go code once and print its CPU (user, sys) and wall time",
		Doc: "Runs the statement (or, as %%time, the rest of the cell) in the interpreter and prints\n" +
			"\"CPU times: user …, sys: …, total: …\" and \"Wall time: …\", measured in the interpreter process.\n" +
			"Variables it declares stay declared (%time x := f() declares x); a trailing value is shown."},
	{Name: "timeit", Line: true, Cell: true, Usage: "%timeit [-n LOOPS] [-r RUNS] [-q] STATEMENT  |  %%timeit [-n LOOPS] [-r RUNS] [-q] [SETUP]",
		Short: "time Go code over many loops: mean ± std. dev. of 7 runs",
		Doc: "Runs the statement in a loop whose count grows (1, 2, 5, 10, …) until one run takes 0.2 s, then\n" +
			"7 runs of that many loops, and prints the mean ± std. dev. per loop like IPython. The result is the\n" +
			"variable _timeit (fields Mean, StdDev, Best, Worst in seconds per loop; Loops, Runs; Runs holds the\n" +
			"per-loop seconds of each run in Times). Variables the statement declares are local to the timing.\n" +
			"Options, as IPython's: -n LOOPS fixes the loops of each run, -r RUNS the number of runs, -q prints nothing.\n" +
			"%%timeit SETUP: the code after the options runs before each run, untimed; the cell's code sees its variables."},
	{Name: "!", Line: true, Usage: "!COMMAND",
		Short: "run a shell command (/bin/sh -c) in the interpreter's directory, output live",
		Doc: "Runs COMMAND with /bin/sh -c in the interpreter's working directory and environment; its output\n" +
			"streams into the cell as it is written. A non-zero exit status is shown; interrupting the cell\n" +
			"stops the command (and what it started in its process group)."},
	{Name: "env", Line: true, Usage: "%env  |  %env NAME  |  %env NAME=VALUE  |  %env NAME VALUE",
		Short: "list, get or set environment variables of the interpreter",
		Doc: "Without arguments lists the environment; with NAME prints its value; with NAME=VALUE sets it in\n" +
			"the interpreter process, so cells, shell commands and new pool workers see it."},
	{Name: "cd", Line: true, Usage: "%cd [DIR]",
		Short: "change the interpreter's working directory (no DIR: home)",
		Doc:   "Changes the working directory of the interpreter process (cells, !commands, new pool workers)\nand prints it. ~ is the home directory; %cd - returns to the previous one."},
	{Name: "pwd", Line: true, Usage: "%pwd",
		Short: "print the interpreter's working directory",
		Doc:   "Prints the working directory of the interpreter process, where cells, !commands and %%writefile\nresolve relative paths (%cd changes it)."},
	{Name: "who", Line: true, Usage: "%who [TYPE...]",
		Short: "list the notebook's variables",
		Doc: "Lists the names of the notebook's variables; a * marks those a restart would not bring back whole.\n" +
			"With types (%who int File), only the variables of those types."},
	{Name: "whos", Line: true, Usage: "%whos [TYPE...]",
		Short: "table of the notebook's variables: name, type, short value, restorable",
		Doc:   "Shows each variable with its type, a short value and whether it survives a restart\n(an interrupt or a crash of the interpreter): \"yes\", or why not."},
	{Name: "writefile", Cell: true, Usage: "%%writefile [-a] FILE",
		Short: "write the rest of the cell to FILE (-a: append)",
		Doc:   "Writes the cell's body to FILE, relative to the interpreter's working directory; -a appends."},
	{Name: "compile", Cell: true, Usage: "%%compile",
		Short: "compile the cell's declarations natively into the notebook's program",
		Doc: "The cell's funcs, types, vars and consts are compiled with the go command and linked into the\ninterpreter's program; later cells use its funcs, types and consts at native speed. Its vars are its\n" +
			"compiled code's: cells reach them through its funcs. Running the cell again (edited) replaces it."},
	{Name: "go", Line: true, Usage: "%go get MODULE[@VERSION]...  |  %go mod",
		Short: "pin a module version for imports, or show the notebook's go.mod",
		Doc:   "%go get pins a module (several queries allowed, one %go command a line); %go mod shows go.mod."},
	{Name: "help", Line: true, Usage: "%help [MAGIC]",
		Short: "list every magic with one line each, or document one",
		Doc:   "Lists every magic; %help NAME shows one magic's documentation."},
	{Name: "lsmagic", Line: true, Usage: "%lsmagic",
		Short: "list the names of the line and cell magics",
		Doc:   "Lists the line magics (%name) and the cell magics (%%name)."},
}

// Lookup returns the magic named name.
func Lookup(name string) (Spec, bool) {
	for _, s := range Specs {
		if s.Name == name {
			return s, true
		}
	}
	return Spec{}, false
}

// Call is a cell's magic, as Parse found it.
type Call struct {
	Name string // "time", "!", "compile", ...
	Cell bool   // written %%name
	Args string // the rest of the magic's line, trimmed
	// Body is the code after the magic line (cell magics), or for a line
	// magic whose statement is Go (%time, %timeit) the statement.
	Body string
	// Line is the line of the cell that Body starts on (1-based).
	Line int
	// Rest is the Go code after a line magic's line, which runs after the
	// magic (not for %time, %timeit and %go, whose own lines they are,
	// nor ! commands, whose shell script it is); RestLine is the line it
	// starts on.
	Rest     string
	RestLine int
}

// Parse finds the magic of a cell: its first non-blank line starts with
// %, %% or !. ok is false for a cell of Go code.
func Parse(code string) (c Call, ok bool) {
	lines := strings.Split(code, "\n")
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first == len(lines) {
		return Call{}, false
	}
	head := strings.TrimSpace(lines[first])
	rest := strings.Join(lines[first+1:], "\n")
	switch {
	case strings.HasPrefix(head, "!"):
		c = Call{Name: "!", Args: strings.TrimSpace(head[1:] + "\n" + rest)}
		return c, true
	case strings.HasPrefix(head, "%%"):
		name, args, _ := strings.Cut(head[2:], " ")
		// (%%timeit's code after its options is setup: see ParseTimeit)
		return Call{Name: name, Cell: true, Args: strings.TrimSpace(args), Body: rest, Line: first + 2}, true
	case strings.HasPrefix(head, "%"):
		name, args, _ := strings.Cut(head[1:], " ")
		c = Call{Name: name, Args: strings.TrimSpace(args), Line: first + 1}
		if name != "time" && name != "timeit" && name != "go" && strings.TrimSpace(rest) != "" {
			c.Rest, c.RestLine = rest, first+2
		}
		if name == "time" || name == "timeit" {
			if name == "timeit" {
				// (Check reports options it cannot read)
				if _, stmt, err := ParseTimeit(args); err == nil {
					args = stmt
				}
			}
			// the statement may go on over the following lines
			c.Body = strings.TrimSpace(args + "\n" + rest)
		}
		return c, true
	}
	return Call{}, false
}

// Check reports an error for an unknown magic or one written in a form
// it does not have (%writefile, %%cd).
func Check(c Call) error {
	pre := "%"
	if c.Cell {
		pre = "%%"
	}
	if c.Name == "!" {
		if c.Args == "" {
			return fmt.Errorf("! needs a command: !COMMAND")
		}
		return nil
	}
	s, ok := Lookup(c.Name)
	switch {
	case !ok:
		return fmt.Errorf("unknown magic %s%s; %%help lists the magics", pre, c.Name)
	case c.Cell && !s.Cell:
		return fmt.Errorf("%%%%%s is not a cell magic; write %%%s on a line (usage: %s)", c.Name, c.Name, s.Usage)
	case !c.Cell && !s.Line:
		return fmt.Errorf("%%%s is a cell magic: write %%%%%s as the cell's first line (usage: %s)", c.Name, c.Name, s.Usage)
	case c.Name == "timeit":
		_, _, err := ParseTimeit(c.Args)
		return err
	}
	return nil
}

// TimeitOptions are the options of %timeit that IPython users write
// before the statement.
type TimeitOptions struct {
	Loops int  // -n: loops in each run; 0 finds a count that takes 0.2 s
	Runs  int  // -r: how many runs; 0 means 7
	Quiet bool // -q: print nothing (the result is still _timeit)
}

// ParseTimeit splits the options (-n LOOPS, -r RUNS, -q; -n10 too) off
// the start of the arguments of %timeit: stmt is the rest, the Go code
// (of %%timeit: its setup, which runs before each run, untimed, and
// whose variables the cell's code sees, as in IPython).
func ParseTimeit(args string) (opts TimeitOptions, stmt string, err error) {
	rest := strings.TrimSpace(args)
	for strings.HasPrefix(rest, "-") {
		word, after, _ := strings.Cut(rest, " ")
		flag := word[:min(2, len(word))]
		var num *int
		var what string
		switch flag {
		case "-q":
			if word != "-q" {
				return opts, "", fmt.Errorf("%%timeit: unknown option %s (options: -n LOOPS, -r RUNS, -q)", word)
			}
			opts.Quiet = true
			rest = strings.TrimSpace(after)
			continue
		case "-n":
			num, what = &opts.Loops, "loops"
		case "-r":
			num, what = &opts.Runs, "runs"
		default:
			return opts, "", fmt.Errorf("%%timeit: unknown option %s (options: -n LOOPS, -r RUNS, -q)", word)
		}
		val := word[2:]
		if val == "" {
			val, after, _ = strings.Cut(strings.TrimSpace(after), " ")
		}
		n, convErr := strconv.Atoi(val)
		if convErr != nil || n < 1 {
			return opts, "", fmt.Errorf("%%timeit: %s wants a positive number of %s (usage: %%timeit [-n LOOPS] [-r RUNS] [-q] STATEMENT)", flag, what)
		}
		*num = n
		rest = strings.TrimSpace(after)
	}
	return opts, rest, nil
}

func prefixed(s Spec) string {
	switch {
	case s.Name == "!":
		return "!COMMAND"
	case s.Line:
		return "%" + s.Name
	}
	return "%%" + s.Name
}

// Help is what %help prints: every magic with one line.
func Help() string {
	var b strings.Builder
	b.WriteString("Magics (% and ! on a line of their own, Go code around them runs in order; %% magics first in a cell, taking the rest):\n")
	for _, s := range Specs {
		fmt.Fprintf(&b, "  %-12s %s\n", prefixed(s), s.Short)
	}
	b.WriteString("%help NAME documents one magic.\n")
	return b.String()
}

// Lsmagic is what %lsmagic prints.
func Lsmagic() string {
	var line, cellm []string
	for _, s := range Specs {
		if s.Name == "!" {
			continue
		}
		if s.Line {
			line = append(line, "%"+s.Name)
		}
		if s.Cell {
			cellm = append(cellm, "%%"+s.Name)
		}
	}
	return "Available line magics:\n" + strings.Join(line, "  ") + "  !COMMAND\n\nAvailable cell magics:\n" + strings.Join(cellm, "  ") + "\n"
}

// Doc documents the magic named name (with or without its % or %%).
func Doc(name string) (string, bool) {
	name = strings.TrimLeft(name, "%")
	s, ok := Lookup(name)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%s\n\nusage: %s\n\n%s\n", prefixed(s)+" — "+s.Short, s.Usage, s.Doc), true
}

// Complete completes a magic name being typed at the start of a line:
// before is the line up to the cursor ("%ti", "%%wr"). It returns the
// matches (with their % or %%) and how many bytes of before they
// replace; ok is false when before is not a magic name.
func Complete(before string) (matches []string, replace int, ok bool) {
	t := strings.TrimLeft(before, " \t")
	if !strings.HasPrefix(t, "%") || strings.ContainsAny(t, " \t") {
		return nil, 0, false
	}
	cellm := strings.HasPrefix(t, "%%")
	word := strings.TrimLeft(t, "%")
	for _, s := range Specs {
		if s.Name == "!" || !strings.HasPrefix(s.Name, word) {
			continue
		}
		if s.Line && !cellm {
			matches = append(matches, "%"+s.Name)
		}
		if s.Cell {
			if cellm || !s.Line {
				matches = append(matches, "%%"+s.Name)
			}
		}
	}
	sort.Strings(matches)
	return matches, len(t), true
}

// Word returns the magic name around offset off (bytes) of code, with its
// % signs, when the cursor is on a magic at the start of a line.
func Word(code string, off int) (string, bool) {
	if off > len(code) {
		off = len(code)
	}
	start := strings.LastIndexByte(code[:off], '\n') + 1
	end := off
	for end < len(code) && code[end] != ' ' && code[end] != '\n' && code[end] != '\t' {
		end++
	}
	w := strings.TrimLeft(code[start:end], " \t")
	if !strings.HasPrefix(w, "%") || strings.ContainsAny(w, " \t") {
		return "", false
	}
	return w, true
}

// Completeness answers is_complete_request for a cell whose first line is
// a magic (ok false otherwise): the Go code of %time and %timeit (line or
// cell) as Go code, other line magics complete, other cell magics
// incomplete until a blank line ends them, as in IPython.
func Completeness(code string) (status, indent string, ok bool) {
	c, ok := Parse(code)
	if !ok {
		// Go code, then a line magic (see LaterMagic): the magic's part
		// decides, once the code before it is whole
		off, later := LaterMagic(code)
		if !later {
			return "", "", false
		}
		if status, indent := cell.Completeness(code[:off]); status != "complete" {
			return status, indent, true
		}
		return Completeness(code[off:])
	}
	switch {
	case c.Name == "time" || c.Name == "timeit" || c.Name == "compile":
		if c.Cell && strings.TrimSpace(c.Body) == "" {
			return "incomplete", "", true
		}
		status, indent = cell.Completeness(c.Body)
		return status, indent, true
	case !c.Cell && strings.TrimSpace(c.Rest) != "":
		status, indent = cell.Completeness(c.Rest)
		return status, indent, true
	case !c.Cell:
		return "complete", "", true
	case strings.HasSuffix(code, "\n\n"):
		return "complete", "", true
	}
	return "incomplete", "", true
}

// LaterMagic finds a line magic (%name, not a cell magic) or ! command on
// a line of its own after a cell's Go code, at the top level (not inside
// brackets, strings or comments), where Go code cannot start a line: the
// offset of that line's start. IPython runs such lines where they are;
// the kernel runs the code before, then the rest of the cell as a cell
// whose first line is the magic. ok is false when there is none, or when
// the cell's first line is itself a magic (Parse's).
func LaterMagic(code string) (off int, ok bool) {
	if _, first := Parse(code); first {
		return 0, false
	}
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(code))
	var s scanner.Scanner
	s.Init(file, []byte(code), func(token.Position, string) {}, scanner.ScanComments)
	depth, prevLine := 0, 0
	prev := token.ILLEGAL
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return 0, false
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue
		}
		p := fset.Position(pos)
		lineStart := p.Offset - (p.Column - 1)
		startsLine := p.Line != prevLine && prev != token.ILLEGAL
		// (a line that starts with an operator continues an expression
		// only after one that ends with an operator)
		continues := prev.IsOperator() && prev != token.RPAREN && prev != token.RBRACK && prev != token.RBRACE &&
			prev != token.INC && prev != token.DEC
		if startsLine && depth == 0 && !continues && (tok == token.REM || tok == token.NOT) &&
			!strings.HasPrefix(code[p.Offset:], "%%") && p.Offset+1 < len(code) && !unicode.IsSpace(rune(code[p.Offset+1])) {
			return lineStart, true
		}
		switch tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		}
		if tok != token.COMMENT {
			prev = tok
		}
		prevLine = fset.Position(pos + token.Pos(len(lit))).Line
		if lit == "" {
			prevLine = p.Line
		}
	}
}
