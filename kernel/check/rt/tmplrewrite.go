package rt

import (
	"slices"
	"strconv"
	"text/template/parse"
)

// rewriter rewrites a template's trees: the fields named as methods in
// ms become calls of the functions funcs returns; orig maps what a call
// prints as to what the field printed as, for the errors.
type rewriter struct {
	ms   *methodSets
	orig map[string]string
}

func (rw *rewriter) tree(t *parse.Tree) {
	if t.Root != nil {
		rw.list(t.Root)
	}
}

func (rw *rewriter) list(l *parse.ListNode) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			rw.pipe(n.Pipe)
			rw.printed(n)
		case *parse.IfNode:
			rw.branch(&n.BranchNode)
		case *parse.RangeNode:
			rw.branch(&n.BranchNode)
		case *parse.WithNode:
			rw.branch(&n.BranchNode)
		case *parse.TemplateNode:
			rw.pipe(n.Pipe)
		case *parse.ListNode:
			rw.list(n)
		}
	}
}

// printed ends the pipeline of an action that prints with a call of
// the function that prints a cell type's value as fmt prints it in a Go
// program (tmplprint.go), unless its last command is the call of a
// function whose result is no cell type's (noCellResult: printf, html).
func (rw *rewriter) printed(a *parse.ActionNode) {
	p := a.Pipe
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) == 0 {
		return
	}
	last := p.Cmds[len(p.Cmds)-1]
	if len(last.Args) == 0 {
		return
	}
	if len(p.Cmds) == 1 && len(last.Args) == 1 {
		if base, idents, ok := rw.chain(last.Args[0]); ok && len(idents) > 0 {
			if name := idents[len(idents)-1]; rw.ms.fmtFields[name] && !rw.isMethod(name) {
				// {{.T}}, T a field of a named non-struct type with a
				// String method: yaegi's value (a float64) does not tell
				// its type, the struct's Node does
				orig := last.Args[0]
				recv := rw.split(base, idents[:len(idents)-1], orig)
				rw.recvOrig(recv, orig)
				last.Args = []parse.Node{
					parse.NewIdentifier(printFieldFunc).SetPos(orig.Position()),
					recv,
					&parse.StringNode{NodeType: parse.NodeString, Pos: orig.Position(), Quoted: strconv.Quote(name), Text: name},
				}
				rw.orig[last.String()] = orig.String()
				return
			}
		}
	}
	if id, ok := last.Args[0].(*parse.IdentifierNode); ok && noCellResult[id.Ident] {
		return
	}
	id := parse.NewIdentifier(printFunc).SetPos(a.Pos)
	p.Cmds = append(p.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: a.Pos, Args: []parse.Node{id}})
}

// noCellResult are the template's functions whose results are no cell
// type's values (index, slice, and, or, call and the FuncMap's may
// return one); html/template also refuses a function after html or
// urlquery.
var noCellResult = map[string]bool{
	"print": true, "printf": true, "println": true, "html": true, "js": true, "urlquery": true,
	"len": true, "not": true, "eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true,
	printFunc: true, printFieldFunc: true,
}

func (rw *rewriter) branch(b *parse.BranchNode) {
	rw.pipe(b.Pipe)
	rw.list(b.List)
	rw.list(b.ElseList)
}

func (rw *rewriter) pipe(p *parse.PipeNode) {
	if p == nil {
		return
	}
	for _, c := range p.Cmds {
		rw.command(c)
	}
}

// command rewrites a command: its first word, when a chain of fields
// that ends in a method, becomes the method's function and the chain
// before it (which gets the command's arguments); the other words are
// rewritten as values.
func (rw *rewriter) command(c *parse.CommandNode) {
	if len(c.Args) == 0 {
		return
	}
	rest := make([]parse.Node, 0, len(c.Args))
	for _, a := range c.Args[1:] {
		rest = append(rest, rw.value(a))
	}
	head := c.Args[0]
	if id, ok := head.(*parse.IdentifierNode); ok && (id.Ident == "print" || id.Ident == "printf" || id.Ident == "println") {
		for i, a := range rest {
			if i == 0 && id.Ident == "printf" {
				continue // the format
			}
			switch a.(type) {
			case *parse.BoolNode, *parse.NumberNode, *parse.StringNode, *parse.NilNode:
				continue
			}
			rest[i] = &parse.PipeNode{NodeType: parse.NodePipe, Pos: a.Position(), Cmds: []*parse.CommandNode{
				{NodeType: parse.NodeCommand, Pos: a.Position(), Args: []parse.Node{a}},
				{NodeType: parse.NodeCommand, Pos: a.Position(), Args: []parse.Node{parse.NewIdentifier(argFunc).SetPos(a.Position())}},
			}}
		}
	}
	base, idents, ok := rw.chain(head)
	if !ok {
		c.Args = append([]parse.Node{rw.value(head)}, rest...)
		return
	}
	if j := len(idents) - 1; j >= 0 && rw.isMethod(idents[j]) {
		call := rw.call(base, idents, head, len(rest))
		c.Args = append(call.Args, rest...)
		// text/template places a function's errors at its command, a
		// field's at the field: .Check of .A.Check, not .A
		c.Pos = head.Position()
		rw.orig[c.String()] = head.String()
		return
	}
	c.Args = append([]parse.Node{rw.split(base, idents, head)}, rest...)
}

// value rewrites a word that is an argument.
func (rw *rewriter) value(n parse.Node) parse.Node {
	if p, ok := n.(*parse.PipeNode); ok {
		rw.pipe(p)
		return p
	}
	base, idents, ok := rw.chain(n)
	if !ok {
		return n
	}
	return rw.split(base, idents, n)
}

// chain splits a chain of fields into what its fields are of and the
// fields: .A.B is dot's A and B, $x.A is $x's, (p).A is p's.
func (rw *rewriter) chain(n parse.Node) (base parse.Node, idents []string, ok bool) {
	switch n := n.(type) {
	case *parse.FieldNode:
		return &parse.DotNode{NodeType: parse.NodeDot, Pos: n.Pos}, n.Ident, true
	case *parse.VariableNode:
		if len(n.Ident) < 2 {
			return nil, nil, false
		}
		return &parse.VariableNode{NodeType: parse.NodeVariable, Pos: n.Pos, Ident: n.Ident[:1]}, n.Ident[1:], true
	case *parse.ChainNode:
		return rw.value(n.Node), n.Field, true
	}
	return nil, nil, false
}

// split is the value of base's fields idents: the last field named as a
// method a call of its function, the fields after it a chain on that.
func (rw *rewriter) split(base parse.Node, idents []string, orig parse.Node) parse.Node {
	j := len(idents) - 1
	for j >= 0 && !rw.isMethod(idents[j]) {
		j--
	}
	if j < 0 {
		return fields(base, idents)
	}
	call := &parse.PipeNode{NodeType: parse.NodePipe, Pos: orig.Position(), Cmds: []*parse.CommandNode{rw.call(base, idents[:j+1], orig, 0)}}
	if j == len(idents)-1 {
		return call
	}
	return &parse.ChainNode{NodeType: parse.NodeChain, Pos: orig.Position(), Node: call, Field: idents[j+1:]}
}

// call is the command that calls the function of the last of idents
// with the value of the others as its receiver, and nargs arguments.
func (rw *rewriter) call(base parse.Node, idents []string, orig parse.Node, nargs int) *parse.CommandNode {
	m := idents[len(idents)-1]
	recv := rw.split(base, idents[:len(idents)-1], orig)
	rw.recvOrig(recv, orig)
	prefix := methodPrefix
	if !rw.ms.takes(m, nargs) {
		prefix = anyPrefix
	}
	id := parse.NewIdentifier(prefix + m).SetPos(orig.Position())
	c := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: orig.Position(), Args: []parse.Node{id, recv}}
	rw.orig[c.String()] = orig.String()
	if _, ok := rw.orig[id.String()]; !ok {
		rw.orig[id.String()] = orig.String()
	}
	return c
}

// recvOrig maps what the receiver of a call made of the chain orig
// prints as to what orig prints as, for an error in evaluating it (Go
// names the whole chain): .A for .A.Full.
func (rw *rewriter) recvOrig(recv, orig parse.Node) {
	switch recv.(type) {
	case *parse.FieldNode, *parse.ChainNode:
	case *parse.VariableNode:
		if len(recv.(*parse.VariableNode).Ident) < 2 {
			return
		}
	default:
		return
	}
	if _, ok := rw.orig[recv.String()]; !ok {
		rw.orig[recv.String()] = orig.String()
	}
}

// fields is base's fields idents, as the parser writes them.
func fields(base parse.Node, idents []string) parse.Node {
	if len(idents) == 0 {
		return base
	}
	switch b := base.(type) {
	case *parse.DotNode:
		return &parse.FieldNode{NodeType: parse.NodeField, Pos: b.Pos, Ident: slices.Clone(idents)}
	case *parse.VariableNode:
		if len(b.Ident) == 1 {
			return &parse.VariableNode{NodeType: parse.NodeVariable, Pos: b.Pos, Ident: append(slices.Clone(b.Ident), idents...)}
		}
	}
	return &parse.ChainNode{NodeType: parse.NodeChain, Pos: base.Position(), Node: base, Field: slices.Clone(idents)}
}

// isMethod reports whether the field name is one a method's function
// evaluates: a method's name, or a field an embedded struct promotes.
func (rw *rewriter) isMethod(name string) bool {
	return len(rw.ms.byName[name]) > 0 || rw.ms.promoted[name]
}
